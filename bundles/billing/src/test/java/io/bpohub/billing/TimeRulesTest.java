package io.bpohub.billing;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatingException;
import io.bpohub.api.billing.TimeBand;
import org.junit.Test;

import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static io.bpohub.billing.Plans.call;
import static io.bpohub.billing.Plans.money;
import static io.bpohub.billing.Plans.version;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Effective dates, time bands and destinations: what is in force at the call's local start prices the whole call. */
public class TimeRulesTest {
    private final RatingEngine engine = new RatingEngine();

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    /** Version 1 from 2026-01-01 at 1.20/min; version 2 from 2026-03-01 (Berlin midnight) at 0.60/min. */
    private static final RatePlan PRICE_CHANGE = new RatePlan("change", "EUR", 2, RoundingMode.HALF_UP, BERLIN, false, List.of(
            version(2, LocalDate.of(2026, 3, 1), Increments.PER_MINUTE, null, null, null, List.of(),
                    List.of(new DestinationRate("49", "Germany", money("0.60")))),
            version(1, LocalDate.of(2026, 1, 1), Increments.PER_MINUTE, null, null, null, List.of(),
                    List.of(new DestinationRate("49", "Germany", money("1.20"))))));

    @Test
    public void aCallSpanningTheMidnightOfAPriceChangeIsRatedWhollyAtItsStart() {
        Object[][] cases = {
                // local start, talk s, version, amount
                {"2026-02-28T23:59:30", 120, 1, "2.40"},  // 30 s before, 90 s after the change: all old price
                {"2026-02-28T23:59:59", 3600, 1, "72.00"},
                {"2026-03-01T00:00:00", 120, 2, "1.20"},
                {"2026-01-01T00:00:00", 60, 1, "1.20"},
        };
        for (Object[] row : cases) {
            Charge charge = engine.rate(call("c", local((String) row[0], BERLIN), (int) row[1], "+4930123456"), PRICE_CHANGE);
            assertEquals(row[0] + ": " + charge.rule(), row[2], charge.planVersion());
            assertEquals(row[0] + ": " + charge.rule(), row[3], charge.amount().toPlainString());
        }
        // 2026-03-01 00:30 in Berlin is still 2026-02-28 in UTC: the plan's zone decides, not UTC
        assertEquals(2, engine.rate(call("c", local("2026-03-01T00:30:00", BERLIN), 60, "4930"), PRICE_CHANGE).planVersion());
        RatingException before = assertThrows(RatingException.class,
                () -> engine.rate(call("early", local("2025-12-31T23:59:59", BERLIN), 60, "4930"), PRICE_CHANGE));
        assertTrue(before.getMessage(), before.getMessage().contains("CDR early") && before.getMessage().contains("no version in force"));
    }

    /**
     * Off-peak Monday to Friday 20:00-08:00 (the night belongs to the day it starts on) and all day on
     * Saturday and Sunday; 86 costs 0.60/min at peak (the base price) and 0.30/min off-peak.
     */
    private static final RatePlan BANDS = new RatePlan("bands", "CNY", 2, RoundingMode.HALF_EVEN, SHANGHAI, false, List.of(
            version(1, LocalDate.of(2026, 1, 1), Increments.PER_MINUTE, null, null, null, List.of(
                            new TimeBand("off-peak", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(20, 0), LocalTime.of(8, 0)),
                            new TimeBand("off-peak", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                    List.of(new DestinationRate("86", "China", money("0.60"), Map.of("off-peak", money("0.30")))))));

    @Test
    public void aCallSpanningPeakAndOffPeakIsRatedWhollyByTheBandAtItsStart() {
        Object[][] cases = {
                // local start (2026-03-02 is a Monday), talk s, band, amount
                {"2026-03-02T19:59:30", 120, "base", "1.20"},     // 30 s peak, 90 s off-peak: all peak
                {"2026-03-02T20:00:00", 120, "off-peak", "0.60"},
                {"2026-03-03T07:59:59", 600, "off-peak", "3.00"}, // Monday night's band, ten minutes into the peak
                {"2026-03-03T08:00:00", 60, "base", "0.60"},
                {"2026-03-07T07:00:00", 60, "off-peak", "0.30"},  // Saturday: weekend band and Friday's night
                {"2026-03-07T12:00:00", 60, "off-peak", "0.30"},
                {"2026-03-08T23:59:00", 120, "off-peak", "0.60"},
                {"2026-03-09T03:00:00", 60, "base", "0.60"},      // Monday 03:00: Sunday has no night band
        };
        for (Object[] row : cases) {
            Charge charge = engine.rate(call("c", local((String) row[0], SHANGHAI), (int) row[1], "+8610555"), BANDS);
            String label = row[0] + ": " + charge.rule();
            assertTrue(label, charge.rule().contains("band " + row[2] + " at start"));
            assertEquals(label, row[3], charge.amount().toPlainString());
        }
    }

    @Test
    public void theLongestPrefixWins() {
        RatePlan plan = new RatePlan("prefixes", "EUR", 2, RoundingMode.HALF_UP, ZoneId.of("UTC"), false, List.of(
                version(1, LocalDate.of(2026, 1, 1), Increments.PER_MINUTE, null, null, null, List.of(), List.of(
                        new DestinationRate("8613", "China mobile 13x", money("0.40")),
                        new DestinationRate("86", "China", money("0.60")),
                        new DestinationRate("861", "China 1x", money("0.50"))))));
        Object[][] cases = {
                {"+8613912345678", "8613", "0.40"},
                {"8613912345678", "8613", "0.40"},
                {"+8615012345678", "861", "0.50"},
                {"+862112345678", "86", "0.60"},
                {"+86", "86", "0.60"},
                {"+861", "861", "0.50"},
        };
        for (Object[] row : cases) {
            Charge charge = engine.rate(call("c", Plans.MONDAY_NOON, 60, (String) row[0]), plan);
            assertTrue(charge.rule(), charge.rule().contains("destination " + row[1] + " "));
            assertEquals(charge.rule(), row[2], charge.amount().toPlainString());
        }
        RatingException none = assertThrows(RatingException.class, () -> engine.rate(call("c9", Plans.MONDAY_NOON, 60, "+4420"), plan));
        assertTrue(none.getMessage(), none.getMessage().contains("no destination prefix") && none.getMessage().contains("+4420"));
        assertThrows(RatingException.class, () -> engine.rate(call("c", Plans.MONDAY_NOON, 60, "+86 139"), plan));
        assertThrows(RatingException.class, () -> engine.rate(call("c", Plans.MONDAY_NOON, 60, "+"), plan));
    }

    @Test
    public void prefixTrieMatchesLongestAndRefusesDuplicates() {
        PrefixTrie<String> trie = new PrefixTrie<>();
        trie.put("1", "NANP");
        trie.put("1212", "New York");
        assertEquals("New York", trie.longestMatch("+12125550100"));
        assertEquals("NANP", trie.longestMatch("+12135550100"));
        assertEquals(null, trie.longestMatch("+4420"));
        assertThrows(IllegalArgumentException.class, () -> trie.put("1", "again"));
    }
}
