package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.AssignmentLevel;
import io.bpohub.platform.services.AssignmentRequest;
import io.bpohub.platform.services.AssignmentResult;
import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CallOutcome;
import io.bpohub.platform.services.CallbackState;
import io.bpohub.platform.services.CallbackView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.ContactCard;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.NewCallback;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.Offer;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.StopReason;
import io.bpohub.platform.services.WorkflowEvent;
import io.bpohub.platform.services.WorkflowStage;
import io.bpohub.platform.services.WorkflowState;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Campaigns, the four-stage workflow, callbacks and assignment down the tree, on a real MariaDB. */
public class CampaignWorkflowDatabaseTest {
    private static final String PREFIX = "bput_camp_";
    private static final String PW = "long-enough-pw";
    /** Tuesday 2026-01-06 10:00 in Shanghai: a past call time, so outcomes can be dated exactly. */
    private static final Instant TUESDAY_10 = Instant.parse("2026-01-06T02:00:00Z");
    private static Platform platform;
    private static Caller operator;
    private static long sales;
    private static long service;
    private static long teamA;
    private static long teamB;
    private static long teamS;
    private static long agencyTeam;
    private static long globexTeam;

    @BeforeClass
    public static void buildTree() throws Exception {
        TestDatabase.dropAll(PREFIX);
        platform = new Platform(TestDatabase.settings(PREFIX));
        operator = platform.auth().operator("test");
        platform.tenants().create(operator, new NewTenant("acme", "Acme", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.HYBRID));
        platform.tenants().create(operator, new NewTenant("globex", "Globex", "Asia/Manila", "en-PH", "PHP", OperatingMode.OUTSOURCED));
        sales = unit("acme", OrgUnitKind.DEPARTMENT, "Sales", null);
        service = unit("acme", OrgUnitKind.DEPARTMENT, "Service", null);
        teamA = unit("acme", OrgUnitKind.TEAM, "Team A", sales);
        teamB = unit("acme", OrgUnitKind.TEAM, "Team B", sales);
        teamS = unit("acme", OrgUnitKind.TEAM, "Team S", service);
        long agencyDept = unit("agency", OrgUnitKind.DEPARTMENT, "Outbound", null);
        agencyTeam = unit("agency", OrgUnitKind.TEAM, "Night shift", agencyDept);
        globexTeam = unit("globex", OrgUnitKind.TEAM, "G", unit("globex", OrgUnitKind.DEPARTMENT, "GD", null));
        user("acme", "camp.admin", Role.TENANT_ADMIN, null);
        user("acme", "camp.head", Role.SUPERVISOR, sales);
        user("acme", "camp.head.s", Role.SUPERVISOR, service);
        user("acme", "camp.lead.a", Role.TEAM_LEAD, teamA);
        user("acme", "camp.lead.b", Role.TEAM_LEAD, teamB);
        user("acme", "camp.a1", Role.AGENT, teamA);
        user("acme", "camp.a2", Role.AGENT, teamA);
        user("acme", "camp.a3", Role.AGENT, teamA);
        user("acme", "camp.b1", Role.AGENT, teamB);
        user("acme", "camp.s1", Role.AGENT, teamS);
        user("globex", "camp.globex", Role.TENANT_ADMIN, null);
        platform.campaigns().create(operator, "acme", "spring", spec(null));
        platform.campaigns().create(operator, "acme", "tight", spec(new CadenceRules(2, 3, 14, 120, 15, 2)));
    }

    private static CampaignSpec spec(CadenceRules cadence) {
        return new CampaignSpec("Spring sale", CampaignKind.OUTBOUND_SALES,
                new Offer("Water filter", List.of(new BigDecimal("199.00"), new BigDecimal("299.00")), "CNY", "filter and 2 years of cartridges"),
                LocalDate.of(2025, 12, 1), null, null, List.of(teamA, teamB), null, cadence, "spring-v1", null);
    }

    private static long unit(String owner, OrgUnitKind kind, String name, Long parent) {
        return platform.org().createUnit(operator, owner, new NewOrgUnit(kind, name, parent)).id();
    }

    private static void user(String owner, String name, Role role, Long unit) {
        platform.org().createUser(operator, owner, new NewUser(name, name, PW, role, unit));
    }

    private static Caller login(String name) {
        return platform.auth().authenticate(platform.auth().login(name, PW, "127.0.0.1").token(), "127.0.0.1");
    }

    /** A contact of a campaign as the import leaves it, placed in the tree. */
    private static long contact(String campaign, String name, Long department, Long team, String agent) {
        return platform.tenantSessions().inTenant("acme", s -> s.doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO contact (name, phone, phone_e164, campaign_key, department_id, team_id, "
                    + "agent_username, time_zone, created_by) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                String e164 = "+86138" + String.format("%08d", (long) (Math.random() * 99_999_999));
                st.setString(1, name);
                st.setString(2, e164);
                st.setString(3, e164);
                st.setString(4, campaign);
                st.setObject(5, department);
                st.setObject(6, team);
                st.setString(7, agent);
                st.setString(8, "Asia/Shanghai");
                st.setString(9, "test");
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }));
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    private static WorkflowState outcome(String who, long contact, String key, Instant at) {
        return platform.workflow().recordOutcome(login(who), "acme", contact, new CallOutcome(key, "cdr-" + key, at, null));
    }

    private static PlatformException refused(Supplier<?> call) {
        PlatformException e = assertThrows(PlatformException.class, call::get);
        assertEquals(e.getMessage(), PlatformException.Kind.FORBIDDEN, e.kind());
        return e;
    }

    private static List<AuditEntry> denied(String tenant, String actor) {
        return platform.audit().list(operator, tenant, "DENIED", 0, 200).items().stream().filter(a -> actor.equals(a.actor()))
                .collect(Collectors.toList());
    }

    // --- campaigns

    @Test
    public void campaignLifecycle() {
        Caller admin = login("camp.admin");
        CampaignView v = platform.campaigns().create(admin, "acme", "survey-q1", new CampaignSpec("Q1 survey", CampaignKind.OUTBOUND_SURVEY,
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, List.of(agencyTeam), null, null, null, OperatingMode.OUTSOURCED));
        assertEquals(CampaignState.ACTIVE, v.state());
        assertEquals(OperatingMode.OUTSOURCED, v.operatingMode());
        assertTrue("a temporary survey may be fully outsourced", v.modeOverridden());
        assertEquals(List.of(agencyTeam), v.teamIds());
        assertEquals(12, v.dispositions().size());
        assertEquals(OperatingMode.HYBRID, platform.campaigns().get(admin, "acme", "spring").operatingMode());
        assertFalse(platform.campaigns().get(admin, "acme", "spring").modeOverridden());

        assertEquals(CampaignState.PAUSED, platform.campaigns().pause(admin, "acme", "survey-q1").state());
        assertEquals(PlatformException.Kind.CONFLICT, assertThrows(PlatformException.class,
                () -> platform.campaigns().pause(admin, "acme", "survey-q1")).kind());
        assertEquals(CampaignState.ACTIVE, platform.campaigns().resume(admin, "acme", "survey-q1").state());
        assertEquals(CampaignState.CLOSED, platform.campaigns().close(admin, "acme", "survey-q1").state());
        assertEquals(PlatformException.Kind.CONFLICT, assertThrows(PlatformException.class,
                () -> platform.campaigns().resume(admin, "acme", "survey-q1")).kind());
        assertEquals("state", assertThrows(PlatformException.class,
                () -> platform.campaigns().update(admin, "acme", "survey-q1", spec(null))).field());
        assertTrue(platform.campaigns().list(admin, "acme", CampaignState.CLOSED, 0, 50).items().stream()
                .anyMatch(c -> c.key().equals("survey-q1")));
        assertEquals("key", assertThrows(PlatformException.class,
                () -> platform.campaigns().create(admin, "acme", "spring", spec(null))).field());
    }

    @Test
    public void campaignTeamsMustBeOfTheTenantOrTheAgency() {
        PlatformException e = assertThrows(PlatformException.class, () -> platform.campaigns().create(login("camp.admin"), "acme", "x1",
                new CampaignSpec("X", CampaignKind.INBOUND_SERVICE, null, LocalDate.of(2026, 1, 1), null, null, List.of(globexTeam), null,
                        null, null, null)));
        assertEquals("teamIds", e.field());
    }

    @Test
    public void onlyAdminsAndSupervisorsWriteCampaignsAgentsReadThem() {
        refused(() -> platform.campaigns().pause(login("camp.a1"), "acme", "spring"));
        refused(() -> platform.campaigns().pause(login("camp.lead.a"), "acme", "spring"));
        assertEquals("spring", platform.campaigns().get(login("camp.a1"), "acme", "spring").key());
        CampaignView updated = platform.campaigns().update(login("camp.head"), "acme", "tight", spec(new CadenceRules(2, 3, 14, 120, 15, 2)));
        assertEquals("camp.head", updated.changedBy());
    }

    @Test
    public void anotherTenantCannotReachTheCampaignsAndIsAudited() {
        Caller globex = login("camp.globex");
        refused(() -> platform.campaigns().get(globex, "acme", "spring"));
        refused(() -> platform.campaigns().list(globex, "acme", null, 0, 10));
        refused(() -> platform.campaigns().pause(globex, "acme", "spring"));
        long c = contact("spring", "cross", sales, teamA, "camp.a1");
        refused(() -> platform.workflow().card(globex, "acme", c));
        List<AuditEntry> denied = denied("acme", "camp.globex");
        assertTrue(denied.toString(), denied.size() >= 4);
        assertTrue(denied.stream().allMatch(a -> "globex".equals(a.actorTenant())));
        assertEquals(CampaignState.ACTIVE, platform.campaigns().get(operator, "acme", "spring").state());
    }

    // --- outcomes, classes and cadence

    @Test
    public void outcomeChangesClassAndSchedulesTheNextAttempt() {
        long c = contact("spring", "Li Wei", sales, teamA, "camp.a1");
        WorkflowState s = outcome("camp.a1", c, "2", TUESDAY_10);
        assertEquals(IntentClass.INTERESTED, s.intentClass());
        assertEquals(WorkflowStage.FOLLOW_UP, s.stage());
        assertEquals("interested: two days later, same local time", Instant.parse("2026-01-08T02:00:00Z"), s.nextAttemptAt());

        s = outcome("camp.a1", c, "3", Instant.parse("2026-01-08T02:00:00Z"));
        assertEquals(IntentClass.CONSIDERING, s.intentClass());
        assertEquals(Instant.parse("2026-01-11T02:00:00Z"), s.nextAttemptAt());

        s = outcome("camp.a1", c, "1", Instant.parse("2026-01-09T07:00:00Z")); // Friday 15:00
        assertEquals(WorkflowStage.CLOSING, s.stage());
        assertEquals("buy now: next working day, first window", Instant.parse("2026-01-12T01:00:00Z"), s.nextAttemptAt());

        platform.workflow().setLeadGrade(login("camp.a1"), "acme", c, LeadGrade.A, "closes this week");
        List<WorkflowEvent> history = platform.workflow().history(login("camp.lead.a"), "acme", c);
        assertEquals(4, history.size());
        assertNull(history.get(0).fromClass());
        assertEquals(IntentClass.INTERESTED, history.get(0).toClass());
        assertEquals(WorkflowStage.SCREENING, history.get(0).fromStage());
        assertEquals("cdr-2", history.get(0).callRef());
        assertEquals(IntentClass.INTERESTED, history.get(1).fromClass());
        assertEquals(LeadGrade.A, history.get(3).toGrade());
        assertEquals("camp.a1", history.get(3).actor());

        s = outcome("camp.a1", c, "7", Instant.parse("2026-01-12T01:30:00Z"));
        assertEquals(WorkflowStage.WON, s.stage());
        assertEquals(StopReason.WON, s.stopReason());
        assertNull(s.nextAttemptAt());
    }

    @Test
    public void neverStopsCallingAndOnlyAllowsFeedback() {
        long c = contact("spring", "Never", sales, teamA, "camp.a1");
        WorkflowState s = outcome("camp.a1", c, "5", TUESDAY_10);
        assertEquals(StopReason.NEVER, s.stopReason());
        assertNull(s.nextAttemptAt());
        assertEquals("dispositionKey", assertThrows(PlatformException.class, () -> outcome("camp.a1", c, "2", TUESDAY_10)).field());
        assertEquals(2, outcome("camp.a1", c, "#", TUESDAY_10).attempts());
    }

    @Test
    public void wrongNumbersAreDroppedAndUnknownKeysNamed() {
        long c = contact("spring", "Wrong", sales, teamA, "camp.a1");
        assertEquals("dispositionKey", assertThrows(PlatformException.class, () -> outcome("camp.a1", c, "Z9", TUESDAY_10)).field());
        WorkflowState s = outcome("camp.a1", c, "0", TUESDAY_10);
        assertEquals(WorkflowStage.DROPPED, s.stage());
        assertEquals(StopReason.WRONG_NUMBER, s.stopReason());
    }

    @Test
    public void unansweredCallsStopAtTheCampaignMaximum() {
        long c = contact("tight", "Busy line", sales, teamA, "camp.a1");
        WorkflowState s = outcome("camp.a1", c, "8", TUESDAY_10);
        assertEquals("no answer: redial after two hours, in the afternoon window", Instant.parse("2026-01-06T06:00:00Z"), s.nextAttemptAt());
        s = outcome("camp.a1", c, "9", Instant.parse("2026-01-06T06:00:00Z"));
        assertEquals(StopReason.MAX_ATTEMPTS, s.stopReason());
        assertNull(s.nextAttemptAt());
        assertEquals(2, s.unansweredAttempts());
    }

    // --- callbacks

    @Test
    public void callbackPopsUpForTheAgentThenForTheTeamWhenAway() {
        long c = contact("spring", "Call me back", sales, teamA, "camp.a1");
        Instant due = Instant.now().plusSeconds(3);
        CallbackView booked = platform.workflow().bookCallback(login("camp.a1"), "acme", c, new NewCallback(due, null, "after lunch"));
        assertEquals("camp.a1", booked.agentUsername());
        assertEquals(Long.valueOf(teamA), booked.teamId());
        assertEquals(CallbackState.BOOKED, booked.state());

        Instant oneMinute = due.plusSeconds(60);
        assertTrue(ids(login("camp.a1"), oneMinute).contains(booked.id()));
        assertFalse("a colleague does not see it while its agent may still take it", ids(login("camp.a2"), oneMinute).contains(booked.id()));
        Instant sixMinutes = due.plusSeconds(6 * 60);
        CallbackView forTeam = platform.workflow().dueCallbacks(login("camp.a2"), "acme", sixMinutes).stream()
                .filter(v -> v.id() == booked.id()).findFirst().orElseThrow();
        assertTrue(forTeam.agentAway());
        assertEquals(CallbackState.DUE, forTeam.state());
        assertFalse("another team never sees it", ids(login("camp.b1"), sixMinutes).contains(booked.id()));
        assertTrue("the team lead sees the team's", ids(login("camp.lead.a"), oneMinute).contains(booked.id()));

        // before it is due and its grace has passed, the colleague may not take it or read the contact
        refused(() -> platform.workflow().takeCallback(login("camp.a2"), "acme", booked.id()));
        refused(() -> platform.workflow().card(login("camp.a2"), "acme", c));
        moveDueAt(booked.id(), Instant.now().minusSeconds(10 * 60)); // ten minutes pass without camp.a1 taking it
        CallbackView taken = platform.workflow().takeCallback(login("camp.a2"), "acme", booked.id());
        assertEquals(CallbackState.TAKEN, taken.state());
        assertEquals("camp.a2", taken.takenBy());
        assertEquals(PlatformException.Kind.CONFLICT, assertThrows(PlatformException.class,
                () -> platform.workflow().takeCallback(login("camp.a1"), "acme", booked.id())).kind());
        ContactCard card = platform.workflow().card(login("camp.a2"), "acme", c);
        assertEquals("Call me back", card.contact().name());
        outcome("camp.a2", c, "2", null);
        assertEquals(CallbackState.DONE, platform.workflow().callbacks(login("camp.a1"), "acme", c).get(0).state());
        refused(() -> platform.workflow().card(login("camp.a2"), "acme", c));
    }

    @Test
    public void agentsBookCallbacksOnlyForThemselves() {
        long c = contact("spring", "Booker", sales, teamA, "camp.a1");
        refused(() -> platform.workflow().bookCallback(login("camp.a1"), "acme", c, new NewCallback(Instant.now().plusSeconds(600), "camp.a2", null)));
        CallbackView v = platform.workflow().bookCallback(login("camp.lead.a"), "acme", c, new NewCallback(Instant.now().plusSeconds(600), "camp.a2", null));
        assertEquals("camp.a2", v.agentUsername());
        assertEquals("dueAt", assertThrows(PlatformException.class, () -> platform.workflow().bookCallback(login("camp.a1"), "acme", c,
                new NewCallback(Instant.now().minusSeconds(60), null, null))).field());
    }

    private static List<Long> ids(Caller caller, Instant asOf) {
        return platform.workflow().dueCallbacks(caller, "acme", asOf).stream().map(CallbackView::id).collect(Collectors.toList());
    }

    private static void moveDueAt(long callback, Instant dueAt) {
        platform.tenantSessions().inTenant("acme", s -> s.doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE callback SET due_at = ? WHERE id = ?")) {
                st.setTimestamp(1, java.sql.Timestamp.from(dueAt));
                st.setLong(2, callback);
                return st.executeUpdate();
            }
        }));
    }

    // --- permissions follow the tree

    @Test
    public void anAgentCannotReachAnotherTeamsContactsThroughAnyCall() {
        long theirs = contact("spring", "Team A's", sales, teamA, "camp.a1");
        Caller b1 = login("camp.b1");
        refused(() -> platform.workflow().card(b1, "acme", theirs));
        refused(() -> platform.workflow().history(b1, "acme", theirs));
        refused(() -> platform.workflow().callbacks(b1, "acme", theirs));
        refused(() -> platform.workflow().recordOutcome(b1, "acme", theirs, new CallOutcome("2", null, null, null)));
        refused(() -> platform.workflow().setLeadGrade(b1, "acme", theirs, LeadGrade.B, null));
        refused(() -> platform.workflow().bookCallback(b1, "acme", theirs, new NewCallback(Instant.now().plusSeconds(600), null, null)));
        assertTrue(platform.contacts().list(b1, "acme", 0, 200).items().stream().noneMatch(x -> x.id() == theirs));
        // a colleague of the same team sees only their own, the team lead of another team nothing, the other department's head nothing
        refused(() -> platform.workflow().card(login("camp.a2"), "acme", theirs));
        refused(() -> platform.workflow().card(login("camp.lead.b"), "acme", theirs));
        refused(() -> platform.workflow().history(login("camp.head.s"), "acme", theirs));
        assertEquals(theirs, platform.workflow().card(login("camp.lead.a"), "acme", theirs).contact().id());
        assertEquals(theirs, platform.workflow().card(login("camp.head"), "acme", theirs).contact().id());
        assertTrue(denied("acme", "camp.b1").size() >= 6);
    }

    // --- assignment down the tree

    @Test
    public void assignmentGoesDownTheTreeByTheResponsiblePeople() {
        for (int i = 0; i < 6; i++) contact("spring", "pool " + i, null, null, null);
        Caller admin = login("camp.admin");
        Caller head = login("camp.head");
        Caller leadA = login("camp.lead.a");
        refused(() -> platform.assignments().assign(head, "acme", request(AssignmentLevel.DEPARTMENT, List.of(String.valueOf(sales)), null)));
        AssignmentResult toSales = platform.assignments().assign(admin, "acme", request(AssignmentLevel.DEPARTMENT, List.of(String.valueOf(sales)), null));
        assertEquals(6, toSales.assigned());

        refused(() -> platform.assignments().assign(leadA, "acme", request(AssignmentLevel.TEAM, List.of(String.valueOf(teamA)), null)));
        refused(() -> platform.assignments().assign(login("camp.head.s"), "acme", request(AssignmentLevel.TEAM, List.of(String.valueOf(teamA)), null)));
        AssignmentResult evenly = platform.assignments().assign(head, "acme",
                request(AssignmentLevel.TEAM, List.of(String.valueOf(teamA), String.valueOf(teamB)), null));
        assertEquals(6, evenly.assigned());
        assertEquals(Integer.valueOf(3), evenly.perTarget().get(String.valueOf(teamA)));
        assertEquals(Integer.valueOf(3), evenly.perTarget().get(String.valueOf(teamB)));

        refused(() -> platform.assignments().assign(login("camp.lead.b"), "acme", request(AssignmentLevel.AGENT, List.of("camp.a3"), 1)));
        refused(() -> platform.assignments().assign(login("camp.a1"), "acme", request(AssignmentLevel.AGENT, List.of("camp.a3"), 1)));
        assertEquals("targets", assertThrows(PlatformException.class, () -> platform.assignments().assign(leadA, "acme",
                request(AssignmentLevel.AGENT, List.of("camp.a3", "camp.b1"), null))).field());
        AssignmentResult two = platform.assignments().assign(leadA, "acme", request(AssignmentLevel.AGENT, List.of("camp.a3"), 2));
        assertEquals(2, two.assigned());

        // camp.a3 leaves: the lead spreads their contacts over the team's other agents
        AssignmentResult moved = platform.assignments().reassignAgent(leadA, "acme", "camp.a3", true);
        assertEquals(2, moved.assigned());
        assertFalse(moved.perTarget().containsKey("camp.a3"));
        refused(() -> platform.assignments().reassignAgent(login("camp.lead.b"), "acme", "camp.a1", false));
        long anyMoved = platform.contacts().list(admin, "acme", 0, 200).items().stream()
                .filter(x -> x.name().startsWith("pool ") && x.agentUsername() != null).findFirst().orElseThrow().id();
        ContactCard card = platform.workflow().card(admin, "acme", anyMoved);
        assertEquals(List.of("ASSIGN", "ASSIGN", "ASSIGN", "REASSIGN"),
                card.assignments().stream().map(a -> a.reason()).collect(Collectors.toList()));
        assertEquals("camp.a3", card.assignments().get(3).fromAgent());
    }

    private static AssignmentRequest request(AssignmentLevel level, List<String> targets, Integer count) {
        return new AssignmentRequest("spring", level, targets, count, null, null, null, null, null);
    }
}
