package io.bpohub.platform.services;

import java.util.List;

/** An order for a contact; {@code currency} null = the tenant's currency. */
public record NewOrder(Long contactId, String campaignKey, String currency, List<OrderItem> items, String note) {
}
