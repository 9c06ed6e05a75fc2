package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.routing.HandlerSpan;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.routing.hybrid.calendar.CalendarCompiler;
import io.bpohub.routing.hybrid.calendar.CalendarSpan;
import io.bpohub.routing.hybrid.calendar.CompiledCalendar;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class TimelineTest {
    private static final RoutingPolicy HYBRID = new RoutingPolicy(OperatingMode.HYBRID, null, true, false);

    private final InMemoryRoutingData data = new InMemoryRoutingData();
    private final HybridRoutingService service = new HybridRoutingService(data);

    @Test
    public void springFestivalWeekShowsTheHolidayAndTheMakeUpDays() {
        data.put("acme", Calendars.china2026(), HYBRID);
        Instant from = LocalDateTime.parse("2026-02-09T00:00").atZone(Calendars.SHANGHAI).toInstant();
        List<HandlerSpan> spans = service.timeline("acme", null, from, from.plus(Duration.ofDays(21)));
        HandlerSpan festival = spans.stream().filter(s -> s.label().equals("Spring Festival")).findFirst().orElseThrow();
        assertEquals("one span for the nine days off", LocalDateTime.parse("2026-02-15T00:00").atZone(Calendars.SHANGHAI).toInstant(), festival.from());
        assertEquals(LocalDateTime.parse("2026-02-24T00:00").atZone(Calendars.SHANGHAI).toInstant(), festival.to());
        assertEquals(Handler.AGENCY, festival.handler());
        assertEquals("CALENDAR_CLOSED", festival.rule());
        long makeUpMornings = spans.stream()
                .filter(s -> s.label().equals("Spring Festival make-up working day") && s.handler() == Handler.IN_HOUSE).count();
        assertEquals("two make-up Saturdays, each with a morning and an afternoon", 4, makeUpMornings);
        assertContiguous(spans, from, from.plus(Duration.ofDays(21)));
    }

    @Test
    public void skippedHourNeverOpensAndRepeatedHourOpensTwice() {
        CompiledCalendar windows = CalendarCompiler.compile(Calendars.newYorkSundayWindows());
        // 2026-03-08: 01:15-01:45 once; 02:15-02:45 does not exist
        assertEquals(Duration.ofMinutes(30), openTime(windows.spans(Instant.parse("2026-03-08T04:00:00Z"), Instant.parse("2026-03-09T04:00:00Z"))));
        // 2026-11-01: 01:15-01:45 twice (EDT, then EST); 02:15-02:45 once
        List<CalendarSpan> fallBack = windows.spans(Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-02T05:00:00Z"));
        assertEquals(Duration.ofMinutes(90), openTime(fallBack));
        assertEquals(3, fallBack.stream().filter(CalendarSpan::open).count());
        // an ordinary Sunday: two windows
        assertEquals(Duration.ofMinutes(60), openTime(windows.spans(Instant.parse("2026-03-15T04:00:00Z"), Instant.parse("2026-03-16T04:00:00Z"))));
    }

    @Test
    public void nightShiftLastsNineHoursOnTheFallBackNight() {
        CompiledCalendar newYork = CalendarCompiler.compile(Calendars.newYork());
        List<CalendarSpan> spans = newYork.spans(Instant.parse("2026-10-31T12:00:00Z"), Instant.parse("2026-11-01T18:00:00Z"));
        CalendarSpan shift = spans.stream().filter(CalendarSpan::open).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-11-01T02:00:00Z"), shift.from()); // Saturday 22:00 EDT
        assertEquals(Instant.parse("2026-11-01T11:00:00Z"), shift.to());   // Sunday 06:00 EST
    }

    @Test
    public void midnightCrossingIntervalKeepsItsDayOverAHoliday() {
        CompiledCalendar night = CalendarCompiler.compile(Calendars.nightDesk());
        List<CalendarSpan> spans = night.spans(Instant.parse("2026-03-02T12:00:00Z"), Instant.parse("2026-03-04T00:00:00Z"));
        assertEquals(List.of("after hours", "business hours", "Founders' Day"), spans.stream().map(CalendarSpan::label).toList());
        assertEquals(Instant.parse("2026-03-03T06:00:00Z"), spans.get(1).to());
    }

    @Test
    public void emergencyEndsTheCalendarTimeline() {
        data.put("acme", Calendars.withEmergency(Calendars.china2026(), new Emergency(EmergencyMode.CLOSED_NOW, "ops", "power cut", Instant.parse("2026-03-03T03:00:00Z"))), HYBRID);
        List<HandlerSpan> spans = service.timeline("acme", null, Instant.parse("2026-03-02T16:00:00Z"), Instant.parse("2026-03-05T16:00:00Z"));
        HandlerSpan last = spans.get(spans.size() - 1);
        assertEquals(Instant.parse("2026-03-03T03:00:00Z"), last.from());
        assertEquals("emergency closure: power cut", last.label());
        assertEquals(Handler.AGENCY, last.handler());
    }

    @Test
    public void nonHybridModesAreOneSpan() {
        data.put("acme", Calendars.china2026(), new RoutingPolicy(OperatingMode.OUTSOURCED, null, false, false));
        Instant from = Instant.parse("2026-02-01T00:00:00Z");
        List<HandlerSpan> spans = service.timeline("acme", null, from, from.plus(Duration.ofDays(7)));
        assertEquals(List.of(new HandlerSpan(from, from.plus(Duration.ofDays(7)), Handler.AGENCY, "MODE_OUTSOURCED", "outsourced")), spans);
        assertTrue(service.timeline("acme", null, from, from).isEmpty());
    }

    @Test
    public void refusesBackwardsAndOverlongRanges() {
        data.put("acme", Calendars.china2026(), HYBRID);
        Instant from = Instant.parse("2026-02-01T00:00:00Z");
        for (Instant to : List.of(from.minusSeconds(1), from.plus(Duration.ofDays(800)))) {
            try {
                service.timeline("acme", null, from, to);
                fail("timeline to " + to);
            } catch (IllegalArgumentException expected) {
                assertFalse(expected.getMessage().isEmpty());
            }
        }
    }

    static void assertContiguous(List<HandlerSpan> spans, Instant from, Instant to) {
        assertEquals(from, spans.get(0).from());
        assertEquals(to, spans.get(spans.size() - 1).to());
        for (int i = 0; i < spans.size(); i++) {
            HandlerSpan span = spans.get(i);
            assertTrue("empty span " + span, span.from().isBefore(span.to()));
            if (i > 0) {
                HandlerSpan previous = spans.get(i - 1);
                assertEquals("gap or overlap before " + span, previous.to(), span.from());
                assertFalse("adjacent spans should differ: " + previous + " " + span, previous.handler() == span.handler()
                        && previous.rule().equals(span.rule()) && previous.label().equals(span.label()));
            }
        }
    }

    private static Duration openTime(List<CalendarSpan> spans) {
        return spans.stream().filter(CalendarSpan::open).map(s -> Duration.between(s.from(), s.to())).reduce(Duration.ZERO, Duration::plus);
    }
}
