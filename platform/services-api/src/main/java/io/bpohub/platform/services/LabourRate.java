package io.bpohub.platform.services;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an hour of an agency agent's seat time costs the agency, from {@code effectiveFrom}: for one
 * agent ({@code agent} set) or for everyone in an agency team ({@code teamId} set); an agent's own
 * rate wins over the team's.
 */
public record LabourRate(String agent, Long teamId, BigDecimal perHour, String currency, LocalDate effectiveFrom) {
}
