package io.bpohub.platform.services;

import java.math.BigDecimal;

/**
 * Revenue and cost of one campaign, agent or team in a month. {@code margin} is revenue − carrier
 * cost − labour cost, or null when they are not all in one currency.
 *
 * @param charges how many charges the revenue sums
 */
public record MarginLine(String key, BigDecimal revenue, BigDecimal carrierCost, BigDecimal labourCost, BigDecimal margin, long charges) {
}
