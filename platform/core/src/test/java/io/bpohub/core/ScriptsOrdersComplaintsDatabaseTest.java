package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.BulletinView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ComplaintSeverity;
import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.ComplaintView;
import io.bpohub.platform.services.MaterialChannel;
import io.bpohub.platform.services.MaterialRequestView;
import io.bpohub.platform.services.MaterialState;
import io.bpohub.platform.services.NewBulletin;
import io.bpohub.platform.services.NewComplaint;
import io.bpohub.platform.services.NewContact;
import io.bpohub.platform.services.NewMaterialRequest;
import io.bpohub.platform.services.NewOrder;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewScript;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrderItem;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.OrderView;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.PlatformException.Kind;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.ScriptCall;
import io.bpohub.platform.services.ScriptContent;
import io.bpohub.platform.services.ScriptItem;
import io.bpohub.platform.services.ScriptResults;
import io.bpohub.platform.services.ScriptState;
import io.bpohub.platform.services.ScriptVersionView;
import io.bpohub.platform.services.TrialPlan;
import io.bpohub.platform.services.VersionResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.function.ThrowingRunnable;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Scripts with trials, orders, complaints, phone–mail–phone and bulletins on a real MariaDB, through the people who use them. */
public class ScriptsOrdersComplaintsDatabaseTest {
    private static final String PREFIX = "bput_scr_";
    private static final String PW = "long-enough-pw";
    private static Platform platform;
    private static Caller operator;
    private static long sales;
    private static long teamA;
    private static long teamB;
    private static long teamS;
    private static long contactA1;
    private static long contactA2;
    private static long contactB1;

    @BeforeClass
    public static void buildTree() throws Exception {
        TestDatabase.dropAll(PREFIX);
        platform = new Platform(TestDatabase.settings(PREFIX));
        operator = platform.auth().operator("test");
        platform.tenants().create(operator, new NewTenant("acme", "Acme", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.HYBRID));
        platform.tenants().create(operator, new NewTenant("globex", "Globex", "Asia/Manila", "en-PH", "PHP", OperatingMode.OUTSOURCED));
        sales = unit(OrgUnitKind.DEPARTMENT, "Sales", null);
        long service = unit(OrgUnitKind.DEPARTMENT, "Service", null);
        teamA = unit(OrgUnitKind.TEAM, "Team A", sales);
        teamB = unit(OrgUnitKind.TEAM, "Team B", sales);
        teamS = unit(OrgUnitKind.TEAM, "Team S", service);
        user("acme", "s.admin", Role.TENANT_ADMIN, null);
        user("acme", "s.head", Role.SUPERVISOR, sales);
        user("acme", "s.lead.a", Role.TEAM_LEAD, teamA);
        user("acme", "s.lead.b", Role.TEAM_LEAD, teamB);
        user("acme", "s.a1", Role.AGENT, teamA);
        user("acme", "s.a2", Role.AGENT, teamA);
        user("acme", "s.b1", Role.AGENT, teamB);
        user("acme", "s.s1", Role.AGENT, teamS);
        user("acme", "s.qa", Role.QA, sales);
        user("globex", "g.admin", Role.TENANT_ADMIN, null);
        contactA1 = contact("c-a1", sales, teamA, "s.a1");
        contactA2 = contact("c-a2", sales, teamA, "s.a2");
        contactB1 = contact("c-b1", sales, teamB, "s.b1");
    }

    private static long unit(OrgUnitKind kind, String name, Long parent) {
        return platform.org().createUnit(operator, "acme", new NewOrgUnit(kind, name, parent)).id();
    }

    private static void user(String tenant, String name, Role role, Long unit) {
        platform.org().createUser(operator, tenant, new NewUser(name, name, PW, role, unit));
    }

    private static long contact(String name, long department, long team, String agent) {
        return platform.contacts().create(operator, "acme", new NewContact(name, "+8613800138000", department, team, agent)).id();
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    private static Caller login(String name) {
        return platform.auth().authenticate(platform.auth().login(name, PW, "127.0.0.1").token(), "127.0.0.1");
    }

    private static Kind refusal(ThrowingRunnable call) {
        return assertThrows(PlatformException.class, call).kind();
    }

    private static ScriptContent content(String opening) {
        return new ScriptContent(opening, List.of(new ScriptItem(ScriptItem.Kind.QUESTION, "How long is delivery?", "Three working days."),
                new ScriptItem(ScriptItem.Kind.OBJECTION, "It is too expensive.", "It costs less than one cup of tea a day.")),
                "Shall I send it to the address we have?");
    }

    private static long deniedCount(String action) {
        return platform.audit().list(operator, "acme", "DENIED", 0, 200).items().stream().filter(e -> e.action().equals(action)).count();
    }

    // ---- scripts

    @Test
    public void scriptVersionsAreTriedMeasuredAndRolledOut() {
        Caller head = login("s.head");
        platform.scripts().create(head, "acme", new NewScript("spring-offer", "Spring offer"));
        assertEquals(1, platform.scripts().saveDraft(head, "acme", "spring-offer", content("Good morning, this is Acme.")).version());
        assertEquals("saving again rewrites the open draft", 1,
                platform.scripts().saveDraft(head, "acme", "spring-offer", content("Good morning, Acme here.")).version());

        ScriptVersionView trial = platform.scripts().startTrial(head, "acme", "spring-offer", 1, new TrialPlan(List.of("s.a1", "s.a2", "s.a1"), 4));
        assertEquals(ScriptState.TRIAL, trial.state());
        assertEquals("repeats are dropped", List.of("s.a1", "s.a2"), trial.testers());
        assertEquals("2 testers × 4 calls is allowed for a small team, with warnings on both", 2, trial.warnings().size());
        assertEquals("the draft became the trial: a new draft is version 2", 2,
                platform.scripts().saveDraft(head, "acme", "spring-offer", content("Hello from Acme!")).version());
        assertEquals("Good morning, Acme here.", platform.scripts().version(head, "acme", "spring-offer", 1).content().opening());

        Caller a1 = login("s.a1");
        platform.scripts().recordCall(a1, "acme", "spring-offer", 1, new ScriptCall("s.a1", 120, true, "cdr-1"));
        VersionResult again = platform.scripts().recordCall(a1, "acme", "spring-offer", 1, new ScriptCall("s.a1", 120, true, "cdr-1"));
        assertEquals("a retried call is counted once", 1, again.calls());
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.scripts().recordCall(a1, "acme", "spring-offer", 1, new ScriptCall("s.a2", 60, true, null))));
        assertEquals("s.b1 is no tester", "agentUsername", assertThrows(PlatformException.class,
                () -> platform.scripts().recordCall(operator, "acme", "spring-offer", 1, new ScriptCall("s.b1", 60, true, null))).field());
        platform.scripts().recordCall(operator, "acme", "spring-offer", 1, new ScriptCall("s.a2", 90, false, "cdr-2"));
        platform.scripts().recordCall(operator, "acme", "spring-offer", 1, new ScriptCall("s.a2", 100, false, "cdr-3"));
        assertEquals("refused before the target of 4 calls", Kind.CONFLICT,
                refusal(() -> platform.scripts().rollOut(head, "acme", "spring-offer", 1, false, null)));
        VersionResult reached = platform.scripts().recordCall(operator, "acme", "spring-offer", 1, new ScriptCall("s.a1", 91, true, "cdr-4"));
        assertTrue(reached.targetReached());
        assertEquals(new BigDecimal("50.00"), reached.successPercent());
        assertEquals(new BigDecimal("100.3"), reached.averageTalkSeconds()); // 401 s / 4, half up
        assertEquals(ScriptState.LIVE, platform.scripts().rollOut(head, "acme", "spring-offer", 1, false, null).state());

        // version 2 on trial beside the LIVE version 1
        platform.scripts().startTrial(head, "acme", "spring-offer", 2, new TrialPlan(List.of("s.a1", "s.b1"), 10));
        platform.scripts().recordCall(operator, "acme", "spring-offer", 2, new ScriptCall("s.b1", 60, true, "cdr-5"));
        platform.scripts().recordCall(operator, "acme", "spring-offer", 2, new ScriptCall("s.a1", 30, true, "cdr-6"));
        platform.scripts().recordCall(operator, "acme", "spring-offer", 1, new ScriptCall("s.s1", 200, false, "cdr-7"));
        ScriptResults results = platform.scripts().results(login("s.qa"), "acme", "spring-offer");
        assertEquals(Integer.valueOf(1), results.liveVersion());
        assertEquals(List.of(1, 2), results.versions().stream().map(VersionResult::version).collect(Collectors.toList()));
        assertEquals(new BigDecimal("40.00"), results.versions().get(0).successPercent()); // 2 of 5
        assertEquals(new BigDecimal("100.00"), results.versions().get(1).successPercent());
        assertEquals(new BigDecimal("45.0"), results.versions().get(1).averageTalkSeconds());
        assertFalse(results.versions().get(1).targetReached());

        assertEquals("team leads do not roll out", Kind.FORBIDDEN,
                refusal(() -> platform.scripts().rollOut(login("s.lead.a"), "acme", "spring-offer", 2, true, "urgent")));
        assertEquals("reason", assertThrows(PlatformException.class,
                () -> platform.scripts().rollOut(head, "acme", "spring-offer", 2, true, " ")).field());
        ScriptVersionView forced = platform.scripts().rollOut(head, "acme", "spring-offer", 2, true, "regulator asked for the new wording");
        assertEquals("regulator asked for the new wording", forced.forcedReason());
        assertEquals(2, platform.scripts().live(a1, "acme", "spring-offer").version());
        assertEquals(ScriptState.RETIRED, platform.scripts().version(head, "acme", "spring-offer", 1).state());
        AuditEntry audited = platform.audit().list(operator, "acme", null, 0, 50).items().stream()
                .filter(e -> e.action().equals("script.rollout.forced")).findFirst().orElseThrow();
        assertEquals("s.head", audited.actor());
        assertTrue(audited.detail(), audited.detail().startsWith("2 of 10 calls; reason: regulator"));
        assertEquals("a retired version takes no more calls", Kind.CONFLICT, refusal(() ->
                platform.scripts().recordCall(operator, "acme", "spring-offer", 1, new ScriptCall("s.a1", 10, true, null))));
    }

    @Test
    public void trialTestersMustBeAgentsInTheTrialOwnersPartOfTheTree() {
        Caller head = login("s.head");
        platform.scripts().create(head, "acme", new NewScript("welcome", "Welcome call"));
        platform.scripts().saveDraft(head, "acme", "welcome", content("Welcome!"));
        assertEquals("testers", assertThrows(PlatformException.class, () -> platform.scripts().startTrial(head, "acme", "welcome", 1,
                new TrialPlan(List.of("s.a1", "s.qa"), 10))).field());
        assertEquals("testers", assertThrows(PlatformException.class, () -> platform.scripts().startTrial(head, "acme", "welcome", 1,
                new TrialPlan(List.of("g.admin"), 10))).field());
        assertEquals("s.s1 works in another department", Kind.FORBIDDEN, refusal(() -> platform.scripts().startTrial(head, "acme", "welcome", 1,
                new TrialPlan(List.of("s.a1", "s.s1"), 10))));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.scripts().create(login("s.a1"), "acme", new NewScript("mine", "Mine"))));
        assertEquals(Kind.NOT_FOUND, refusal(() -> platform.scripts().live(head, "acme", "welcome")));
    }

    // ---- orders

    @Test
    public void ordersMoveOnlyAlongAllowedStatusesWithExactTotalsAndHistory() {
        Caller a1 = login("s.a1");
        OrderView placed = platform.orders().place(a1, "acme", new NewOrder(contactA1, "spring-2026", null, List.of(
                new OrderItem("Tea set", new BigDecimal("3"), new BigDecimal("19.99"), null),
                new OrderItem("Green tea (kg)", new BigDecimal("0.125"), new BigDecimal("88.8888"), null)), "during the call"));
        assertEquals(new BigDecimal("71.0811"), placed.total());
        assertEquals("CNY", placed.currency());
        assertEquals("s.a1", placed.placedBy());
        assertEquals(Long.valueOf(teamA), placed.teamId());
        assertEquals(new BigDecimal("11.1111"), placed.items().get(1).amount());

        assertEquals("agents place orders but do not move them", Kind.FORBIDDEN,
                refusal(() -> platform.orders().changeStatus(a1, "acme", placed.id(), OrderStatus.CONFIRMED, null)));
        Caller lead = login("s.lead.a");
        assertEquals(Kind.CONFLICT, refusal(() -> platform.orders().changeStatus(lead, "acme", placed.id(), OrderStatus.SHIPPED, null)));
        platform.orders().changeStatus(lead, "acme", placed.id(), OrderStatus.CONFIRMED, "paid by transfer");
        platform.orders().changeStatus(lead, "acme", placed.id(), OrderStatus.SHIPPED, null);
        OrderView delivered = platform.orders().changeStatus(operator, "acme", placed.id(), OrderStatus.DELIVERED, null);
        assertEquals(List.of(OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED),
                delivered.history().stream().map(e -> e.status()).collect(Collectors.toList()));
        assertEquals(List.of("s.a1", "s.lead.a", "s.lead.a", "shell:test"), delivered.history().stream().map(e -> e.by()).collect(Collectors.toList()));
        assertEquals("paid by transfer", delivered.history().get(1).note());
        assertEquals(Kind.CONFLICT, refusal(() -> platform.orders().changeStatus(operator, "acme", placed.id(), OrderStatus.CANCELLED, null)));
        assertEquals(OrderStatus.RETURNED, platform.orders().changeStatus(operator, "acme", placed.id(), OrderStatus.RETURNED, null).status());

        assertEquals("an agent orders only for their own contacts", Kind.FORBIDDEN, refusal(() -> platform.orders().place(a1, "acme",
                new NewOrder(contactA2, null, null, List.of(new OrderItem("Tea set", BigDecimal.ONE, new BigDecimal("19.99"), null)), null))));
        assertEquals("items[0].unitPrice", assertThrows(PlatformException.class, () -> platform.orders().place(a1, "acme",
                new NewOrder(contactA1, null, null, List.of(new OrderItem("Tea set", BigDecimal.ONE, new BigDecimal("0.00001"), null)), null))).field());
    }

    // ---- the tree, everywhere

    @Test
    public void anAgentCannotReachAnotherTeamsOrdersComplaintsOrRequests() {
        Caller b1 = login("s.b1");
        long order = platform.orders().place(b1, "acme", new NewOrder(contactB1, null, null,
                List.of(new OrderItem("Tea set", BigDecimal.ONE, new BigDecimal("19.99"), null)), null)).id();
        long complaint = platform.complaints().record(b1, "acme", new NewComplaint(contactB1, null, "delivery", "Box arrived broken",
                ComplaintSeverity.MEDIUM)).id();
        long request = platform.materialRequests().request(b1, "acme", new NewMaterialRequest(contactB1, null, MaterialChannel.SMS,
                "Price list", "+86 138 0013 8000", Instant.now().plus(Duration.ofDays(3)), null)).id();

        Caller a1 = login("s.a1");
        long deniedBefore = deniedCount("order.read") + deniedCount("complaint.read") + deniedCount("material.read");
        assertTrue(platform.orders().orders(a1, "acme", null, 0, 200).items().stream().noneMatch(o -> o.id() == order));
        assertTrue(platform.complaints().complaints(a1, "acme", null, 0, 200).items().stream().noneMatch(c -> c.id() == complaint));
        assertTrue(platform.materialRequests().requests(a1, "acme", null, 0, 200).items().stream().noneMatch(m -> m.id() == request));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.orders().order(a1, "acme", order)));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.complaints().complaint(a1, "acme", complaint)));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.materialRequests().get(a1, "acme", request)));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.complaints().addNote(a1, "acme", complaint, "peek")));
        assertEquals("each refusal is audited", deniedBefore + 3,
                deniedCount("order.read") + deniedCount("complaint.read") + deniedCount("material.read"));

        Caller leadA = login("s.lead.a");
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.orders().order(leadA, "acme", order)));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.orders().changeStatus(leadA, "acme", order, OrderStatus.CONFIRMED, null)));
        assertTrue(platform.orders().orders(leadA, "acme", null, 0, 200).items().stream().noneMatch(o -> o.id() == order));
        assertEquals(order, platform.orders().order(login("s.lead.b"), "acme", order).id());
        Caller head = login("s.head");
        assertTrue(platform.orders().orders(head, "acme", null, 0, 200).items().stream().anyMatch(o -> o.id() == order));
        assertEquals(complaint, platform.complaints().complaint(head, "acme", complaint).id());
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.orders().order(login("s.s1"), "acme", order)));
    }

    @Test
    public void aCallerOfAnotherTenantIsRefusedAndAudited() {
        Caller globex = login("g.admin");
        long before = deniedCount("order.read") + deniedCount("complaint.read") + deniedCount("script.read") + deniedCount("bulletin.read")
                + deniedCount("material.read");
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.orders().orders(globex, "acme", null, 0, 10)));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.complaints().complaints(globex, "acme", null, 0, 10)));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.scripts().scripts(globex, "acme")));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.bulletins().bulletins(globex, "acme", 0, 10)));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.materialRequests().requests(globex, "acme", null, 0, 10)));
        assertEquals(before + 5, deniedCount("order.read") + deniedCount("complaint.read") + deniedCount("script.read")
                + deniedCount("bulletin.read") + deniedCount("material.read"));
        AuditEntry last = platform.audit().list(operator, "acme", "DENIED", 0, 1).items().get(0);
        assertEquals("g.admin", last.actor());
        assertEquals("globex", last.actorTenant());
        assertEquals(0, platform.orders().orders(globex, "globex", null, 0, 10).total());
    }

    // ---- complaints

    @Test
    public void complaintsAreAssignedAndTrackedToResolutionAndCanBeReopened() {
        Caller a1 = login("s.a1");
        ComplaintView c = platform.complaints().record(a1, "acme", new NewComplaint(contactA1, "spring-2026", "billing",
                "Charged twice for one order", ComplaintSeverity.HIGH));
        assertEquals(ComplaintStatus.OPEN, c.status());
        assertEquals(Duration.ofHours(48), Duration.between(c.createdAt(), c.dueAt()));
        assertFalse(c.overdue());

        Caller lead = login("s.lead.a");
        assertEquals("agents do not assign", Kind.FORBIDDEN, refusal(() -> platform.complaints().assign(a1, "acme", c.id(), "s.a2")));
        assertEquals("s.s1 is outside team A", Kind.FORBIDDEN, refusal(() -> platform.complaints().assign(lead, "acme", c.id(), "s.s1")));
        assertEquals("assignee", assertThrows(PlatformException.class, () -> platform.complaints().assign(lead, "acme", c.id(), "g.admin")).field());
        assertEquals("s.a2", platform.complaints().assign(lead, "acme", c.id(), "s.a2").assignee());
        Caller a2 = login("s.a2");
        assertTrue("the assignee sees it", platform.complaints().complaints(a2, "acme", ComplaintStatus.OPEN, 0, 50).items().stream()
                .anyMatch(x -> x.id() == c.id()));
        platform.complaints().changeStatus(a2, "acme", c.id(), ComplaintStatus.IN_PROGRESS, "called the customer", null);
        assertEquals("resolution", assertThrows(PlatformException.class,
                () -> platform.complaints().changeStatus(a2, "acme", c.id(), ComplaintStatus.RESOLVED, null, null)).field());
        assertEquals(Kind.CONFLICT, refusal(() -> platform.complaints().changeStatus(a2, "acme", c.id(), ComplaintStatus.CLOSED, null, null)));
        ComplaintView resolved = platform.complaints().changeStatus(a2, "acme", c.id(), ComplaintStatus.RESOLVED, null, "Refunded the second charge");
        assertEquals("Refunded the second charge", resolved.resolution());
        assertNotNull(resolved.resolvedAt());
        assertNotNull(platform.complaints().changeStatus(lead, "acme", c.id(), ComplaintStatus.CLOSED, null, null).closedAt());
        ComplaintView reopened = platform.complaints().changeStatus(lead, "acme", c.id(), ComplaintStatus.OPEN, "charged a third time", null);
        assertNull(reopened.resolution());
        assertNull(reopened.closedAt());
        platform.complaints().addNote(a2, "acme", c.id(), "escalated to finance");
        List<String> notes = platform.complaints().complaint(lead, "acme", c.id()).notes().stream().map(n -> n.text()).collect(Collectors.toList());
        assertEquals(List.of("assigned to s.a2", "called the customer", "Refunded the second charge", "", "previous resolution: Refunded the second charge",
                "charged a third time", "escalated to finance"), notes);
    }

    // ---- phone–mail–phone

    @Test
    public void materialIsRequestedAndTheFollowUpCallIsKeptOnTheRequest() {
        Caller a1 = login("s.a1");
        Instant followUp = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertEquals("address", assertThrows(PlatformException.class, () -> platform.materialRequests().request(a1, "acme",
                new NewMaterialRequest(contactA1, null, MaterialChannel.EMAIL, "Brochure", "not-an-address", followUp, null))).field());
        assertEquals("followUpAt", assertThrows(PlatformException.class, () -> platform.materialRequests().request(a1, "acme",
                new NewMaterialRequest(contactA1, null, MaterialChannel.EMAIL, "Brochure", "li.wei@example.com", Instant.now().minusSeconds(60), null))).field());
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.materialRequests().request(a1, "acme",
                new NewMaterialRequest(contactB1, null, MaterialChannel.EMAIL, "Brochure", "li.wei@example.com", followUp, null))));
        MaterialRequestView r = platform.materialRequests().request(a1, "acme", new NewMaterialRequest(contactA1, "spring-2026",
                MaterialChannel.EMAIL, "Spring brochure", "li.wei@example.com", followUp, "wants prices for 10 units"));
        assertEquals(MaterialState.REQUESTED, r.state());
        assertEquals(followUp, r.followUpAt());
        assertEquals(r, platform.materialRequests().get(login("s.lead.a"), "acme", r.id()));
        assertTrue(platform.materialRequests().requests(login("s.head"), "acme", MaterialState.REQUESTED, 0, 100).items().contains(r));
    }

    // ---- bulletins

    @Test
    public void bulletinsReachTheirUnitAndTheUnitsBelowWithReadReceipts() {
        long all = platform.bulletins().post(login("s.admin"), "acme", new NewBulletin(null, "Holiday hours", "Closed on 1 May", null)).id();
        long dept = platform.bulletins().post(login("s.head"), "acme", new NewBulletin(sales, "Sales target", "200 orders this week", null)).id();
        Caller leadA = login("s.lead.a");
        long team = platform.bulletins().post(leadA, "acme", new NewBulletin(teamA, "Team A huddle", "09:00 in room 2", null)).id();
        long other = platform.bulletins().post(login("s.lead.b"), "acme", new NewBulletin(teamB, "Team B huddle", "10:00", null)).id();
        long expired = platform.bulletins().post(login("s.admin"), "acme", new NewBulletin(null, "Soon gone", "x",
                Instant.now().plusMillis(300))).id();

        assertEquals("team leads post to their own team only", Kind.FORBIDDEN,
                refusal(() -> platform.bulletins().post(leadA, "acme", new NewBulletin(teamB, "x", "y", null))));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.bulletins().post(leadA, "acme", new NewBulletin(null, "x", "y", null))));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.bulletins().post(login("s.head"), "acme", new NewBulletin(teamS, "x", "y", null))));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.bulletins().post(login("s.a1"), "acme", new NewBulletin(teamA, "x", "y", null))));

        sleep(400);
        Caller a1 = login("s.a1");
        assertEquals(List.of(team, dept, all), seen(a1));
        assertEquals(List.of(all), seen(login("s.s1")));
        assertEquals("a department head also sees what the team leads below posted", List.of(other, team, dept, all), seen(login("s.head")));
        assertTrue(seen(login("s.admin")).containsAll(List.of(other, team, dept, all)));
        assertFalse("expired bulletins drop off", seen(login("s.admin")).contains(expired));

        BulletinView read = platform.bulletins().markRead(a1, "acme", team);
        assertTrue(read.read());
        assertEquals(1, read.reads());
        assertEquals("reading again leaves the first receipt", 1, platform.bulletins().markRead(a1, "acme", team).reads());
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.bulletins().markRead(a1, "acme", other)));
        assertEquals(List.of("s.a1"), platform.bulletins().receipts(leadA, "acme", team).stream().map(r -> r.username()).collect(Collectors.toList()));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.bulletins().receipts(leadA, "acme", other)));
        assertEquals(Kind.FORBIDDEN, refusal(() -> platform.bulletins().receipts(a1, "acme", team)));
        assertTrue(platform.bulletins().bulletins(a1, "acme", 0, 50).items().stream().filter(b -> b.id() == team).findFirst().orElseThrow().read());
    }

    private static List<Long> seen(Caller c) {
        return platform.bulletins().bulletins(c, "acme", 0, 50).items().stream().map(BulletinView::id).collect(Collectors.toList());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
