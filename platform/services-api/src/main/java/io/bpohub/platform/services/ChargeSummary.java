package io.bpohub.platform.services;

import java.math.BigDecimal;

/** Charges of one type in a period: count, quantity and amount. */
public record ChargeSummary(String chargeType, long charges, BigDecimal quantity, BigDecimal amount, String currency) {
}
