package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.ApiTokenView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactView;
import io.bpohub.platform.services.MembershipChange;
import io.bpohub.platform.services.NewContact;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.OrgUnitView;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Logins, tokens, the org tree and data scope following it, on a real MariaDB. */
public class PeopleAndPermissionsDatabaseTest {
    private static final String PREFIX = "bput_ppl_";
    private static final String PW = "long-enough-pw";
    private static Platform platform;
    private static Caller operator;
    private static long sales;
    private static long teamA;
    private static long teamB;

    @BeforeClass
    public static void buildTree() throws Exception {
        TestDatabase.dropAll(PREFIX);
        platform = new Platform(TestDatabase.settings(PREFIX));
        operator = platform.auth().operator("test");
        platform.tenants().create(operator, new NewTenant("acme", "Acme", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.HYBRID));
        sales = platform.org().createUnit(operator, "acme", new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Sales", null)).id();
        long service = platform.org().createUnit(operator, "acme", new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Service", null)).id();
        teamA = platform.org().createUnit(operator, "acme", new NewOrgUnit(OrgUnitKind.TEAM, "Team A", sales)).id();
        teamB = platform.org().createUnit(operator, "acme", new NewOrgUnit(OrgUnitKind.TEAM, "Team B", sales)).id();
        long teamS = platform.org().createUnit(operator, "acme", new NewOrgUnit(OrgUnitKind.TEAM, "Team S", service)).id();
        user("head", Role.SUPERVISOR, sales);
        user("lead.a", Role.TEAM_LEAD, teamA);
        user("agent.a1", Role.AGENT, teamA);
        user("agent.a2", Role.AGENT, teamA);
        user("agent.b1", Role.AGENT, teamB);
        user("agent.s1", Role.AGENT, teamS);
        user("manager", Role.CLIENT_MANAGER, null);
        contact("c-a1", sales, teamA, "agent.a1");
        contact("c-a2", sales, teamA, "agent.a2");
        contact("c-b1", sales, teamB, "agent.b1");
        contact("c-s1", service, teamS, "agent.s1");
    }

    private static void user(String name, Role role, Long unit) {
        platform.org().createUser(operator, "acme", new NewUser(name, name, PW, role, unit));
    }

    private static void contact(String name, long department, long team, String agent) {
        platform.contacts().create(operator, "acme", new NewContact(name, "+8613800138000", department, team, agent));
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    private static Caller login(String name) {
        return platform.auth().authenticate(platform.auth().login(name, PW, "127.0.0.1").token(), "127.0.0.1");
    }

    private static List<String> contactsSeenBy(String name) {
        return platform.contacts().list(login(name), "acme", 0, 50).items().stream().map(ContactView::name).sorted()
                .collect(Collectors.toList());
    }

    @Test
    public void dataScopeFollowsTheTree() {
        assertEquals(List.of("c-a1"), contactsSeenBy("agent.a1"));
        assertEquals(List.of("c-a1", "c-a2"), contactsSeenBy("lead.a"));
        assertEquals(List.of("c-a1", "c-a2", "c-b1"), contactsSeenBy("head"));
        assertEquals(4, platform.contacts().list(operator, "acme", 0, 50).total());
    }

    @Test
    public void teamLeadSeesOnlyTheirTeamInTheTree() {
        List<OrgUnitView> tree = platform.org().tree(login("lead.a"), "acme");
        assertEquals(1, tree.size());
        assertEquals("Sales", tree.get(0).name());
        assertEquals(List.of("Team A"), tree.get(0).children().stream().map(OrgUnitView::name).collect(Collectors.toList()));
    }

    @Test
    public void clientManagerIsReadOnlyAndSeesNoContacts() {
        Caller manager = login("manager");
        assertThrows(PlatformException.class, () -> platform.contacts().list(manager, "acme", 0, 10));
        assertThrows(PlatformException.class, () -> platform.org().createUnit(manager, "acme", new NewOrgUnit(OrgUnitKind.DEPARTMENT, "x", null)));
        assertTrue(manager.isPermitted("tenant:acme:report:read"));
        assertTrue(manager.isPermitted("tenant:acme:invoice:read"));
        assertTrue(!manager.isPermitted("tenant:acme:invoice:write"));
    }

    @Test
    public void agentCannotCreateContactsOrPeople() {
        Caller agent = login("agent.b1");
        assertThrows(PlatformException.class, () -> platform.contacts().create(agent, "acme", new NewContact("x", "+8613800138000", null, null, null)));
        assertThrows(PlatformException.class, () -> platform.org().createUser(agent, "acme", new NewUser("newbie", "n", PW, Role.AGENT, teamB)));
    }

    @Test
    public void movingAnAgentIsOneActionAndKeepsHistory() {
        user("mover", Role.AGENT, teamA);
        platform.org().moveUser(operator, "acme", "mover", teamB);
        List<MembershipChange> history = platform.org().history(operator, "acme", "mover");
        assertEquals(2, history.size());
        assertEquals(Long.valueOf(teamA), history.get(0).unitId());
        assertNotNull("the first period is closed", history.get(0).until());
        assertEquals(Long.valueOf(teamB), history.get(1).unitId());
        assertNull("the current period is open", history.get(1).until());
        assertEquals(Long.valueOf(teamB), platform.org().users(operator, "acme", 0, 50).items().stream()
                .filter(u -> u.username().equals("mover")).findFirst().orElseThrow().unitId());
    }

    @Test
    public void fiveWrongPasswordsLockTheAccount() {
        user("forgetful", Role.AGENT, teamB);
        for (int i = 0; i < 5; i++) {
            PlatformException e = assertThrows(PlatformException.class, () -> platform.auth().login("forgetful", "wrong-password", "10.0.0.9"));
            assertEquals(PlatformException.Kind.UNAUTHENTICATED, e.kind());
        }
        PlatformException locked = assertThrows(PlatformException.class, () -> platform.auth().login("forgetful", PW, "10.0.0.9"));
        assertEquals("even the right password is refused while locked", PlatformException.Kind.LOCKED, locked.kind());
    }

    @Test
    public void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        PlatformException e = assertThrows(PlatformException.class, () -> platform.auth().login("nobody", PW, "10.0.0.9"));
        assertEquals(PlatformException.Kind.UNAUTHENTICATED, e.kind());
        assertEquals("wrong username or password", e.getMessage());
    }

    @Test
    public void apiTokenAuthenticatesUntilRevokedAndPasswordsAreNotStoredInClear() {
        Caller head = login("head");
        ApiTokenView token = platform.auth().createApiToken(head, "nightly export", 30);
        assertEquals("head", platform.auth().authenticate(token.token(), "script").username());
        platform.auth().revokeApiToken(head, token.id());
        assertThrows(PlatformException.class, () -> platform.auth().authenticate(token.token(), "script"));
    }

    @Test
    public void suspendedTenantsPeopleCannotLogIn() {
        platform.tenants().create(operator, new NewTenant("paused", "Paused Co", "Europe/London", "en-GB", "GBP", OperatingMode.IN_HOUSE));
        platform.org().createUser(operator, "paused", new NewUser("paused.admin", "p", PW, Role.TENANT_ADMIN, null));
        String token = platform.auth().login("paused.admin", PW, "x").token();
        platform.tenants().suspend(operator, "paused", "unpaid invoices");
        assertEquals(PlatformException.Kind.FORBIDDEN,
                assertThrows(PlatformException.class, () -> platform.auth().authenticate(token, "x")).kind());
        assertEquals(PlatformException.Kind.FORBIDDEN,
                assertThrows(PlatformException.class, () -> platform.auth().login("paused.admin", PW, "x")).kind());
        platform.tenants().resume(operator, "paused");
        assertEquals("paused.admin", platform.auth().authenticate(token, "x").username());
    }
}
