package io.bpohub.platform.services;

import java.math.BigDecimal;
import java.util.List;

/**
 * Outcome of rating one tenant's period: how many records were read, how many charges were new,
 * changed or left as they were, and for a closed period how many adjustments were written instead
 * (the invoiced charges never change); the period's charge total and the records that could not be
 * priced.
 */
public record RatingReport(String tenant, String period, long records, long inserted, long updated, long unchanged,
                           long adjusted, boolean closedPeriod, BigDecimal total, String currency, List<String> failures) {
}
