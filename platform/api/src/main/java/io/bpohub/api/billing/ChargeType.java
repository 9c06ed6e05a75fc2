package io.bpohub.api.billing;

/**
 * What a charge is for, as an invoice groups it.
 * <ul>
 * <li>{@code TALK}: a call with talk time (talk blocks, fees, minimum charge);</li>
 * <li>{@code ATTEMPT}: a call with 0 s talk (connection and attempt fees only);</li>
 * <li>{@code MESSAGE}, {@code SEAT}, {@code COMMISSION}: per part, per agent-hour, per order;</li>
 * <li>{@code PLATFORM_FEE}: the monthly fee for using the platform with in-house agents;</li>
 * <li>{@code NOT_CHARGED}: in-house work on a plan that charges only agency work (amount zero, kept so
 *     that every record has exactly one charge saying why);</li>
 * <li>{@code CARRIER_COST}: the agency's cost of a call, from a {@link CostTable}.</li>
 * </ul>
 */
public enum ChargeType { TALK, ATTEMPT, MESSAGE, SEAT, COMMISSION, PLATFORM_FEE, NOT_CHARGED, CARRIER_COST }
