package io.bpohub.platform.services;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order with its lines, exact total and status history (oldest first). */
public record OrderView(long id, long contactId, String campaignKey, OrderStatus status, List<OrderItem> items,
                        BigDecimal total, String currency, String placedBy, Long departmentId, Long teamId, Instant placedAt,
                        Instant updatedAt, List<OrderEvent> history) {
}
