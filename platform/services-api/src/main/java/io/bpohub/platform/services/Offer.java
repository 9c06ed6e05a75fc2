package io.bpohub.platform.services;

import java.math.BigDecimal;
import java.util.List;

/** What the campaign sells or asks: the product, its price points in {@code currency}, and what the customer gets. */
public record Offer(String product, List<BigDecimal> pricePoints, String currency, String customerGets) {
}
