package io.bpohub.billing;

import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.billing.TimeBand;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.routing.Handler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Small plans for tests: one version, one destination, prices written as strings so that they are exact. */
final class Plans {
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final Instant MONDAY_NOON = Instant.parse("2026-03-02T12:00:00Z");

    private Plans() {
    }

    static BigDecimal money(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static RatePlanVersion version(int number, LocalDate from, Increments increments, String minimum, String connection,
                                   String attempt, List<TimeBand> bands, List<DestinationRate> destinations) {
        return new RatePlanVersion(number, from, increments, money(minimum), money(connection), money(attempt), bands, destinations,
                money("12.50"), money("15.00"), Map.of("sms", money("0.05"), "EMAIL", money("0.01")), money("800.00"));
    }

    /** UTC, one version from 2026-01-01, prefix 44 at {@code perMinute}. */
    static RatePlan plan(String currency, int scale, RoundingMode rounding, Increments increments, String perMinute) {
        return withFees(currency, scale, rounding, increments, perMinute, null, null, null);
    }

    static RatePlan withFees(String currency, int scale, RoundingMode rounding, Increments increments, String perMinute,
                             String minimum, String connection, String attempt) {
        return new RatePlan("p-" + currency, currency, scale, rounding, ZoneId.of("UTC"), false,
                List.of(version(1, FROM, increments, minimum, connection, attempt, List.of(),
                        List.of(new DestinationRate("44", "United Kingdom", money(perMinute))))));
    }

    static UsageRecord call(String id, long seconds) {
        return UsageRecord.call(id, "acme", MONDAY_NOON, seconds, "+442071234567", Handler.AGENCY, "t1");
    }

    static UsageRecord call(String id, Instant start, long seconds, String destination) {
        return UsageRecord.call(id, "acme", start, seconds, destination, Handler.AGENCY, "t1");
    }
}
