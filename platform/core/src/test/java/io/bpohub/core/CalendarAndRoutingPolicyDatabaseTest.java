package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Calendars and routing policies stored in the tenant's own database (and the agency's in control). */
public class CalendarAndRoutingPolicyDatabaseTest {
    private static final String PREFIX = "bput_cal_";
    private static Platform platform;
    private static Caller operator;

    @BeforeClass
    public static void start() throws Exception {
        TestDatabase.dropAll(PREFIX);
        platform = new Platform(TestDatabase.settings(PREFIX));
        operator = platform.auth().operator("test");
        platform.tenants().create(operator, new NewTenant("shanghai", "SH Co", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.HYBRID));
        platform.tenants().create(operator, new NewTenant("london", "LDN Co", "Europe/London", "en-GB", "GBP", OperatingMode.OUTSOURCED));
        platform.org().createUser(operator, "london", new NewUser("london.admin", "L", "long-password-1", Role.TENANT_ADMIN, null));
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    @Test
    public void newTenantCalendarIsTheDefaultWeekInTheTenantsZone() {
        BusinessCalendar c = platform.calendars().calendars().calendar(operator, "shanghai");
        assertEquals(ZoneId.of("Asia/Shanghai"), c.zone());
        assertEquals(List.of(OpenInterval.of("09:00", "18:00")), c.weekly().get(0).on(DayOfWeek.MONDAY));
        assertTrue(c.weekly().get(0).on(DayOfWeek.SUNDAY).isEmpty());
    }

    @Test
    public void weeklyHoursCannotStartInThePastButFutureVersionsKeepTheOldOnes() {
        var cal = platform.calendars().calendars();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        PlatformException past = assertThrows(PlatformException.class, () -> cal.setWeeklyHours(operator, "shanghai",
                new WeeklyHours(today.minusDays(1), Map.of(DayOfWeek.MONDAY, List.of(OpenInterval.of("08:00", "20:00"))))));
        assertEquals("effectiveFrom", past.field());
        BusinessCalendar c = cal.setWeeklyHours(operator, "shanghai", new WeeklyHours(today.plusMonths(1).withDayOfMonth(1),
                Map.of(DayOfWeek.MONDAY, List.of(OpenInterval.of("08:00", "20:00")), DayOfWeek.SATURDAY, List.of(OpenInterval.of("22:00", "06:00")))));
        assertEquals("the earlier version stays for the past", 2, c.weekly().size());
        assertEquals(List.of(OpenInterval.of("09:00", "18:00")), c.weekly().get(0).on(DayOfWeek.MONDAY));
    }

    @Test
    public void overlappingIntervalsAndNamelessDaysAreRefusedNamingTheField() {
        var cal = platform.calendars().calendars();
        LocalDate next = LocalDate.now().plusDays(7);
        assertEquals("days.MONDAY", assertThrows(PlatformException.class, () -> cal.setWeeklyHours(operator, "shanghai",
                new WeeklyHours(next, Map.of(DayOfWeek.MONDAY, List.of(OpenInterval.of("09:00", "12:00"), OpenInterval.of("11:00", "13:00"))))))
                .field());
        assertEquals("days[1].name", assertThrows(PlatformException.class, () -> cal.putDays(operator, "shanghai", List.of(
                new DayEntry(LocalDate.of(2026, 2, 14), DayKind.SPECIAL_WORKING_DAY, "make-up workday", List.of(), null),
                new DayEntry(LocalDate.of(2026, 2, 15), DayKind.HOLIDAY, " ", List.of(), null)), null)).field());
    }

    @Test
    public void datedEntriesKeepTheirSourceAndEveryChangeIsARevision() {
        var cal = platform.calendars().calendars();
        long before = platform.calendars().revision("shanghai");
        cal.putDays(operator, "shanghai", List.of(
                new DayEntry(LocalDate.of(2026, 2, 16), DayKind.HOLIDAY, "Spring Festival", List.of(), "holidays:CN"),
                new DayEntry(LocalDate.of(2026, 2, 28), DayKind.SPECIAL_WORKING_DAY, "Make-up workday",
                        List.of(OpenInterval.of("09:00", "18:00")), "holidays:CN")), "import CN 2026");
        BusinessCalendar c = cal.putDays(operator, "shanghai", List.of(
                new DayEntry(LocalDate.of(2026, 2, 16), DayKind.HOLIDAY, "Spring Festival (half day)",
                        List.of(OpenInterval.of("09:00", "12:00")), "manual")), "edited by hand");
        DayEntry edited = c.days().stream().filter(d -> d.date().equals(LocalDate.of(2026, 2, 16))).findFirst().orElseThrow();
        assertEquals("manual", edited.source());
        assertEquals("holidays:CN", c.days().stream().filter(d -> d.date().equals(LocalDate.of(2026, 2, 28))).findFirst().orElseThrow().source());
        assertTrue(cal.revisions(operator, "shanghai", 10).size() >= 2);
        assertNotEquals("routing caches see the change", before, platform.calendars().revision("shanghai"));
        cal.removeDay(operator, "shanghai", LocalDate.of(2026, 2, 28));
        assertFalse(cal.calendar(operator, "shanghai").days().stream().anyMatch(d -> d.date().equals(LocalDate.of(2026, 2, 28))));
    }

    @Test
    public void emergencyRecordsWhoAndWhyAndCanBeCleared() {
        var cal = platform.calendars().calendars();
        BusinessCalendar c = cal.setEmergency(operator, "london", EmergencyMode.CLOSED_NOW, "power cut in the office");
        assertEquals("shell:test", c.emergency().setBy());
        assertEquals("power cut in the office", c.emergency().reason());
        assertNull(cal.clearEmergency(operator, "london").emergency());
        assertEquals("reason", assertThrows(PlatformException.class,
                () -> cal.setEmergency(operator, "london", EmergencyMode.OPEN_NOW, " ")).field());
    }

    @Test
    public void agencyCalendarLivesInTheControlDatabase() {
        var cal = platform.calendars().calendars();
        cal.putDays(operator, OrgService.AGENCY, List.of(new DayEntry(LocalDate.of(2026, 12, 25), DayKind.HOLIDAY, "Christmas", List.of(), null)), null);
        assertEquals(1, cal.calendar(operator, OrgService.AGENCY).days().size());
        assertEquals("the configured agency zone", ZoneId.of("Europe/London"), cal.calendar(operator, OrgService.AGENCY).zone());
        assertEquals(0, cal.calendar(operator, "london").days().stream().filter(d -> d.name().equals("Christmas")).count());
    }

    @Test
    public void routingPolicyFollowsTheOperatingModeUntilSetAndCampaignsOverrideIt() {
        var policies = platform.calendars().policies();
        assertEquals(OperatingMode.HYBRID, platform.calendars().policy("shanghai", null).mode());
        policies.setPolicy(operator, "shanghai", null, new RoutingPolicy(OperatingMode.HYBRID, 30, true, false));
        policies.setPolicy(operator, "shanghai", "survey-2026", new RoutingPolicy(OperatingMode.OUTSOURCED, null, false, true));
        assertEquals(Integer.valueOf(30), platform.calendars().policy("shanghai", "other-campaign").overflowAfterSeconds());
        assertTrue(platform.calendars().policy("shanghai", "survey-2026").temporaryProject());
        assertEquals(2, policies.policies(operator, "shanghai").size());
        policies.clearOverride(operator, "shanghai", "survey-2026");
        assertFalse(platform.calendars().policy("shanghai", "survey-2026").temporaryProject());
    }

    @Test
    public void anotherTenantsCalendarAndPolicyAreRefused() {
        Caller london = platform.auth().authenticate(platform.auth().login("london.admin", "long-password-1", "x").token(), "x");
        assertEquals(PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class,
                () -> platform.calendars().calendars().calendar(london, "shanghai")).kind());
        assertEquals(PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class,
                () -> platform.calendars().policies().setPolicy(london, "shanghai", null, new RoutingPolicy(OperatingMode.OUTSOURCED, null, false, false))).kind());
        assertEquals(PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class,
                () -> platform.calendars().calendars().setEmergency(london, OrgService.AGENCY, EmergencyMode.CLOSED_NOW, "x")).kind());
        assertEquals(ZoneId.of("Europe/London"), platform.calendars().calendars().calendar(london, "london").zone());
    }
}
