package io.bpohub.platform.services;

import java.math.BigDecimal;

/**
 * How a tenant is invoiced.
 *
 * @param taxName     e.g. "VAT"; null = no tax line
 * @param taxRate     a fraction: 0.06 for 6 % (zero when there is no tax)
 * @param paymentDays days from issue to due date
 * @param costTableId the carrier cost table that prices this tenant's calls for the agency; null = costs not tracked
 */
public record TenantBilling(String billToName, String billToAddress, String taxName, BigDecimal taxRate, int paymentDays,
                            String costTableId) {
}
