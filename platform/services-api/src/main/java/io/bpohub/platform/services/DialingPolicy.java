package io.bpohub.platform.services;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A tenant's rules for abandoned calls, which every campaign of the tenant dials under. The platform keeps the
 * US and UK ceilings: a tenant may be stricter, never laxer.
 *
 * @param abandonLimit          the highest share of live-answered calls abandoned, 0 to 0.03 (3 %)
 * @param shortWindowHours      the rolling window the limit holds in besides the long one (UK: 24), 1 to 168
 * @param longWindowDays        the longer rolling window (US: 30), 1 to 90, longer than the short one
 * @param connectWithinMillis   the time from a person's answer within which an agent must be on the call, 500 to 2000
 * @param safeHarborMessage     the gateway's name of the message an abandoned call hears, e.g. {@code safe-harbor}
 * @param noRedialHours         how long a number whose call was abandoned is not dialled again (0: no such rule), 0 to 720
 * @param updatedBy             who set these rules; null for the platform's defaults
 * @param updatedAt             when; null for the defaults
 */
public record DialingPolicy(BigDecimal abandonLimit, int shortWindowHours, int longWindowDays, int connectWithinMillis,
                            String safeHarborMessage, int noRedialHours, String updatedBy, Instant updatedAt) {
}
