package io.bpohub.benchmarks.billing;

import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.billing.TimeBand;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.routing.Handler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * B3 data, all from fixed seeds: 2,000 destination prefixes (country codes and longer overlapping
 * prefixes under them), 100 tenants each with a plan of one of 5 shapes (per-second; 60/60; 30/6;
 * minimum charge + connection fee; time-of-day bands) and a price change on 2026-03-15, and a stream
 * of CDRs for March 2026: 15 % unanswered, talk time roughly exponential with a 2-minute mean,
 * 25 % in-house (which every fourth tenant's agency-only plan charges zero).
 */
final class B3Data {
    static final int TENANTS = 100;
    static final int PREFIXES = 2_000;
    static final String[] SHAPES = {"per-second", "60/60", "30/6", "minimum+connection", "time-of-day"};
    private static final int[] COUNTRY_CODES = {1, 7, 20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52,
            54, 55, 56, 57, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 880, 886, 971, 966, 234, 254, 852, 853};
    private static final String[] ZONES = {"Asia/Shanghai", "Europe/Berlin", "America/New_York", "Europe/London", "Asia/Manila"};
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

    final List<String> prefixes;
    final RatePlan[] plans = new RatePlan[TENANTS];

    B3Data(long seed) {
        Random random = new Random(seed);
        prefixes = prefixes(random);
        for (int t = 0; t < TENANTS; t++) plans[t] = plan(random, t);
    }

    private static List<String> prefixes(Random random) {
        Set<String> set = new LinkedHashSet<>();
        for (int cc : COUNTRY_CODES) set.add(Integer.toString(cc)); // every number matches at least its country code
        while (set.size() < PREFIXES) {
            String cc = Integer.toString(COUNTRY_CODES[random.nextInt(COUNTRY_CODES.length)]);
            StringBuilder p = new StringBuilder(cc);
            int extra = 1 + random.nextInt(4);
            for (int i = 0; i < extra; i++) p.append(random.nextInt(10));
            set.add(p.toString());
        }
        return List.copyOf(set);
    }

    /** Prices in 1/10,000 of the currency, per minute: 0.0050 to 0.5000. */
    private static BigDecimal price(Random random) {
        return BigDecimal.valueOf(50 + random.nextInt(4951), 4);
    }

    private RatePlan plan(Random random, int tenant) {
        int shape = tenant % SHAPES.length;
        Increments increments = shape == 0 ? Increments.PER_SECOND : shape == 2 ? Increments.THIRTY_SIX : Increments.PER_MINUTE;
        List<TimeBand> bands = shape == 4 ? List.of(
                new TimeBand("off-peak", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(20, 0), LocalTime.of(8, 0)),
                new TimeBand("off-peak", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                : List.of();
        List<RatePlanVersion> versions = new ArrayList<>();
        for (int v = 1; v <= 2; v++) {
            List<DestinationRate> rates = new ArrayList<>(PREFIXES);
            for (String prefix : prefixes) {
                BigDecimal base = price(random);
                Map<String, BigDecimal> band = shape == 4 ? Map.of("off-peak", base.divide(BigDecimal.valueOf(2))) : Map.of();
                rates.add(new DestinationRate(prefix, null, base, band));
            }
            BigDecimal minimum = shape == 3 ? new BigDecimal("0.25") : null;
            BigDecimal connection = shape == 3 ? new BigDecimal("0.05") : null;
            versions.add(new RatePlanVersion(v, v == 1 ? LocalDate.of(2026, 1, 1) : LocalDate.of(2026, 3, 15), increments, minimum,
                    connection, null, bands, rates, new BigDecimal("9.50"), new BigDecimal("12.00"), Map.of("sms", new BigDecimal("0.04")), null));
        }
        RoundingMode rounding = tenant % 2 == 0 ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN;
        return new RatePlan("plan-" + tenant, "EUR", shape == 0 ? 4 : 2, rounding, ZoneId.of(ZONES[tenant % ZONES.length]),
                tenant % 4 == 0, versions);
    }

    /** The next CDR of a stream: the same seed gives the same CDRs in the same order. */
    UsageRecord nextCdr(Random random, long id) {
        int tenant = random.nextInt(TENANTS);
        Instant start = MARCH.plusSeconds(random.nextInt(31 * 86_400));
        long talk = random.nextInt(100) < 15 ? 0 : 1 + (long) (-120 * Math.log(1 - random.nextDouble()));
        String prefix = prefixes.get(random.nextInt(PREFIXES));
        StringBuilder number = new StringBuilder(16).append('+').append(prefix);
        while (number.length() < 13) number.append((char) ('0' + random.nextInt(10)));
        Handler handler = random.nextInt(4) == 0 ? Handler.IN_HOUSE : Handler.AGENCY;
        return UsageRecord.call(Long.toString(id), "tenant-" + tenant, start, Math.min(talk, 7_200), number.toString(), handler, "trunk-1");
    }

    RatePlan planOf(UsageRecord cdr) {
        return plans[Integer.parseInt(cdr.tenant(), 7, cdr.tenant().length(), 10)];
    }
}
