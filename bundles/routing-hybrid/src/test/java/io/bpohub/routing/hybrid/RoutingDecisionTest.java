package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.routing.hybrid.calendar.CalendarCompiler;
import io.bpohub.routing.hybrid.calendar.CompiledCalendar;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class RoutingDecisionTest {
    private static final RoutingPolicy HYBRID = new RoutingPolicy(OperatingMode.HYBRID, null, false, false);
    private static final Instant CN_OPEN = Instant.parse("2026-02-24T02:00:00Z");   // Tuesday 10:00 in Shanghai
    private static final Instant CN_HOLIDAY = Instant.parse("2026-02-17T02:00:00Z"); // Spring Festival, 10:00

    private final InMemoryRoutingData data = new InMemoryRoutingData();
    private final HybridRoutingService service = new HybridRoutingService(data);

    private RoutingDecision decide(String tenant, String campaign, Instant at, boolean agentAvailable, int waited) {
        return service.decide(new RoutingQuestion(tenant, campaign, at, agentAvailable, waited));
    }

    @Test
    public void hybridFollowsTheCalendar() {
        data.put("acme", Calendars.china2026(), HYBRID);
        RoutingDecision open = decide("acme", null, CN_OPEN, true, 0);
        assertEquals(Handler.IN_HOUSE, open.handler());
        assertEquals("CALENDAR_OPEN", open.rule());
        assertTrue(open.calendar().open());
        assertTrue(open.explanation(), open.explanation().startsWith("in-house: hybrid mode, open: weekly hours Tuesday"));

        RoutingDecision closed = decide("acme", null, CN_HOLIDAY, true, 0);
        assertEquals(Handler.AGENCY, closed.handler());
        assertEquals("CALENDAR_CLOSED", closed.rule());
        assertEquals("agency: hybrid mode, closed: holiday 'Spring Festival' (holidays:CN) on 2026-02-17, local 10:00 Asia/Shanghai",
                closed.explanation());
    }

    @Test
    public void temporaryProjectGoesToTheAgencyWhateverTheMode() {
        for (OperatingMode mode : OperatingMode.values()) {
            data.put("acme", Calendars.china2026(), new RoutingPolicy(mode, 10, true, true));
            RoutingDecision decision = decide("acme", null, CN_OPEN, true, 0);
            assertEquals(Handler.AGENCY, decision.handler());
            assertEquals("TEMPORARY_PROJECT", decision.rule());
            assertNull(decision.calendar());
        }
    }

    @Test
    public void inHouseAndOutsourcedModesIgnoreTheCalendar() {
        data.put("acme", Calendars.china2026(), new RoutingPolicy(OperatingMode.IN_HOUSE, null, false, false));
        RoutingDecision inHouse = decide("acme", null, CN_HOLIDAY, true, 0);
        assertEquals(Handler.IN_HOUSE, inHouse.handler());
        assertEquals("MODE_IN_HOUSE", inHouse.rule());
        assertNull(inHouse.calendar());

        data.put("acme", Calendars.china2026(), new RoutingPolicy(OperatingMode.OUTSOURCED, null, true, false));
        RoutingDecision outsourced = decide("acme", null, CN_OPEN, false, 999);
        assertEquals(Handler.AGENCY, outsourced.handler());
        assertEquals("MODE_OUTSOURCED", outsourced.rule());
    }

    @Test
    public void overflowWhenInHouseAgentsAreBusy() {
        data.put("acme", Calendars.china2026(), new RoutingPolicy(OperatingMode.IN_HOUSE, null, true, false));
        assertEquals("MODE_IN_HOUSE", decide("acme", null, CN_OPEN, true, 0).rule());
        RoutingDecision busy = decide("acme", null, CN_OPEN, false, 0);
        assertEquals(Handler.AGENCY, busy.handler());
        assertEquals("OVERFLOW_BUSY", busy.rule());

        data.put("acme", Calendars.china2026(), new RoutingPolicy(OperatingMode.HYBRID, null, true, false));
        RoutingDecision hybridBusy = decide("acme", null, CN_OPEN, false, 0);
        assertEquals("OVERFLOW_BUSY", hybridBusy.rule());
        assertTrue("the calendar evaluation stays on the decision", hybridBusy.calendar().open());
        // when the calendar is closed the call goes to the agency anyway, for the calendar's reason
        assertEquals("CALENDAR_CLOSED", decide("acme", null, CN_HOLIDAY, false, 0).rule());
    }

    @Test
    public void overflowAfterWaitingLongerThanTheLimit() {
        data.put("acme", Calendars.china2026(), new RoutingPolicy(OperatingMode.HYBRID, 30, false, false));
        assertEquals("CALENDAR_OPEN", decide("acme", null, CN_OPEN, true, 30).rule());
        RoutingDecision waited = decide("acme", null, CN_OPEN, true, 31);
        assertEquals(Handler.AGENCY, waited.handler());
        assertEquals("OVERFLOW_WAIT", waited.rule());
        assertTrue(waited.explanation(), waited.explanation().startsWith("agency: overflow, the call waited 31 s, longer than 30 s"));
    }

    @Test
    public void busyOverflowIsNamedBeforeWaitOverflow() {
        data.put("acme", Calendars.china2026(), new RoutingPolicy(OperatingMode.IN_HOUSE, 30, true, false));
        assertEquals("OVERFLOW_BUSY", decide("acme", null, CN_OPEN, false, 60).rule());
    }

    @Test
    public void campaignPolicyOverridesTheTenants() {
        data.put("acme", Calendars.china2026(), HYBRID);
        data.putCampaign("acme", "spring-survey", new RoutingPolicy(OperatingMode.IN_HOUSE, null, false, true));
        assertEquals("CALENDAR_OPEN", decide("acme", "inbound", CN_OPEN, true, 0).rule());
        assertEquals("TEMPORARY_PROJECT", decide("acme", "spring-survey", CN_OPEN, true, 0).rule());
    }

    @Test
    public void unknownTenantIsRefusedClearly() {
        try {
            decide("nobody", null, CN_OPEN, true, 0);
            fail("an unknown tenant must not be routed");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("unknown tenant 'nobody'"));
        }
        try {
            service.timeline("nobody", null, CN_OPEN, CN_OPEN.plusSeconds(3600));
            fail("an unknown tenant has no timeline");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("unknown tenant 'nobody'"));
        }
    }

    @Test
    public void tenantEightHoursAheadOfTheAgency() {
        // winter: Shanghai is UTC+8, London UTC+0
        CompiledCalendar agency = CalendarCompiler.compile(Calendars.agencyLondon());
        data.put("acme", Calendars.china2026(), HYBRID);

        Instant morningInShanghai = Instant.parse("2026-01-12T01:30:00Z"); // Monday 09:30 Shanghai, 01:30 London
        RoutingDecision early = decide("acme", null, morningInShanghai, true, 0);
        assertEquals(Handler.IN_HOUSE, early.handler());
        assertEquals(LocalDateTime.parse("2026-01-12T09:30"), early.calendar().localTime());
        assertFalse("the agency's own office is still closed", agency.evaluate(morningInShanghai).open());

        Instant eveningInShanghai = Instant.parse("2026-01-12T10:30:00Z"); // 18:30 Shanghai, 10:30 London
        RoutingDecision late = decide("acme", null, eveningInShanghai, true, 0);
        assertEquals(Handler.AGENCY, late.handler());
        assertTrue(late.explanation(), late.explanation().contains("local 18:30 Asia/Shanghai"));
        assertTrue(agency.evaluate(eveningInShanghai).open());
    }

    @Test
    public void emergencyClosureWinsFromItsStartOnly() {
        Instant since = Instant.parse("2026-02-24T03:00:00Z"); // Tuesday 11:00 Shanghai
        data.put("acme", Calendars.withEmergency(Calendars.china2026(),
                new Emergency(EmergencyMode.CLOSED_NOW, "li.wei", "typhoon warning", since)), HYBRID);
        RoutingDecision before = decide("acme", null, CN_OPEN, true, 0);
        assertEquals("an emergency does not rewrite history", "CALENDAR_OPEN", before.rule());

        RoutingDecision during = decide("acme", null, since.plusSeconds(600), true, 0);
        assertEquals(Handler.AGENCY, during.handler());
        assertEquals("EMERGENCY", during.calendar().rule());
        assertEquals("agency: hybrid mode, closed: emergency closure set by li.wei since 2026-02-24T03:00:00Z (typhoon warning), "
                + "local 2026-02-24 11:10 Asia/Shanghai", during.explanation());
    }

    @Test
    public void emergencyOpeningOpensAHoliday() {
        data.put("acme", Calendars.withEmergency(Calendars.china2026(),
                new Emergency(EmergencyMode.OPEN_NOW, "ops", "product recall hotline", null)), HYBRID);
        RoutingDecision decision = decide("acme", null, CN_HOLIDAY, true, 0);
        assertEquals(Handler.IN_HOUSE, decision.handler());
        assertEquals("EMERGENCY", decision.calendar().rule());
        assertTrue(decision.explanation(), decision.explanation().contains("open: emergency opening set by ops (product recall hotline)"));
    }

    @Test
    public void changeFromNextMonthLeavesLastMonthUnchanged() {
        data.put("dated", Calendars.effectiveDated(false), HYBRID);
        // last month in the tenant's own time: local March, which ends at 2026-03-31T23:00Z (BST)
        Instant marchStart = LocalDateTime.parse("2026-03-01T00:00").atZone(Calendars.LONDON).toInstant();
        Instant aprilStart = LocalDateTime.parse("2026-04-01T00:00").atZone(Calendars.LONDON).toInstant();
        Instant aprilEvening = Instant.parse("2026-04-06T18:30:00Z"); // Monday 19:30 BST
        List<RoutingDecision> march = new ArrayList<>();
        for (Instant at = marchStart; at.isBefore(aprilStart); at = at.plus(Duration.ofMinutes(17))) {
            march.add(decide("dated", null, at, true, 0));
        }
        assertEquals(Handler.AGENCY, decide("dated", null, aprilEvening, true, 0).handler());

        data.put("dated", Calendars.effectiveDated(true), HYBRID); // new revision: hours 08:00-20:00 from April
        int i = 0;
        for (Instant at = marchStart; at.isBefore(aprilStart); at = at.plus(Duration.ofMinutes(17))) {
            assertEquals("March answer at " + at, march.get(i++), decide("dated", null, at, true, 0));
        }
        assertEquals("the change is picked up without a restart", Handler.IN_HOUSE, decide("dated", null, aprilEvening, true, 0).handler());
    }

    @Test
    public void compiledCalendarIsCachedUntilTheRevisionChanges() {
        data.put("acme", Calendars.china2026(), HYBRID);
        for (int i = 0; i < 100; i++) decide("acme", null, CN_OPEN.plusSeconds(i * 60L), true, 0);
        assertEquals(1, data.calendarReads);
        data.put("acme", Calendars.china2026(), HYBRID);
        decide("acme", null, CN_OPEN, true, 0);
        assertEquals(2, data.calendarReads);
    }

    @Test
    public void decisionsWithoutACalendarAreShared() {
        data.put("acme", null, new RoutingPolicy(OperatingMode.OUTSOURCED, null, false, false));
        assertSame(decide("acme", null, CN_OPEN, true, 0), decide("acme", null, CN_HOLIDAY, false, 5));
    }
}
