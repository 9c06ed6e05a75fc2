package io.bpohub.platform.services;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One numbered document in the agency's invoice register. {@code cost} is the carrier cost of the
 * period when the tenant's calls are costed (null otherwise); {@code margin} is subtotal − cost when
 * both are in the same currency (null otherwise). Client managers see their own entries without cost
 * and margin.
 */
public record RegisterEntry(String number, String kind, String tenant, String period, String refersTo, String currency,
                            BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total, BigDecimal cost, String costCurrency,
                            BigDecimal margin, String state, Instant issuedAt, String issuedBy) {
}
