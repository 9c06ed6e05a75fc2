package io.bpohub.platform.services;

import java.math.BigDecimal;

/** A line: quantity up to 3 decimals, unit price up to 4; {@code amount} = quantity × unit price, exact (ignored on input). */
public record OrderItem(String product, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
}
