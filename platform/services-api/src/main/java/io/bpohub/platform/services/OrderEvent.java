package io.bpohub.platform.services;

import java.time.Instant;

/** One step of an order's history: the status it reached, when and by whom. */
public record OrderEvent(OrderStatus status, Instant at, String by, String note) {
}
