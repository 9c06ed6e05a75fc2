package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.MembershipChange;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.Role;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

public class OrgCommandsTest {
    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final Fakes.Org org = new Fakes.Org();

    private UnitCreateCommand unit(String kind, String name, Long parent) {
        UnitCreateCommand cmd = new UnitCreateCommand();
        cmd.orgService = org;
        cmd.owner = "acme";
        cmd.kind = kind;
        cmd.name = name;
        cmd.parent = parent;
        return cmd;
    }

    @Test
    public void aTeamIsCreatedUnderItsDepartment() throws Exception {
        String out = shell.run(unit("team", "Inbound", 1L));
        assertEquals(new NewOrgUnit(OrgUnitKind.TEAM, "Inbound", 1L), org.unit);
        assertEquals(List.of("createUnit ops acme"), org.calls);
        assertEquals("Created Inbound [TEAM 42] under unit 1 for acme.\n", out);
    }

    @Test
    public void aDepartmentStandsAlone() throws Exception {
        assertEquals("Created Sales [DEPARTMENT 42] for acme.\n", shell.run(unit("DEPARTMENT", "Sales", null)));
        assertEquals(new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Sales", null), org.unit);
    }

    @Test
    public void unitShapesThatCannotExistAreRefusedBeforeTheServiceIsAsked() {
        CommandException e = assertThrows(CommandException.class, () -> shell.run(unit("TEAM", "Inbound", null)));
        assertEquals("Error: Invalid input: A team belongs to a department: pass --parent <department id> "
                + "(see bpo:org-tree) (field: parent)", e.getMessage());
        e = assertThrows(CommandException.class, () -> shell.run(unit("DEPARTMENT", "Sales", 3L)));
        assertTrue(e.getMessage(), e.getMessage().endsWith("(field: parent)"));
        e = assertThrows(CommandException.class, () -> shell.run(unit("squad", "X", 3L)));
        assertEquals("Error: Invalid input: 'squad' is not a valid kind; use one of DEPARTMENT, TEAM (field: kind)",
                e.getMessage());
        assertTrue(org.calls.isEmpty());
    }

    private UserCreateCommand user(String password) {
        UserCreateCommand cmd = new UserCreateCommand();
        cmd.orgService = org;
        cmd.owner = "acme";
        cmd.username = "ana";
        cmd.displayName = "Ana Cruz";
        cmd.role = "agent";
        cmd.unitId = 2L;
        cmd.password = password;
        return cmd;
    }

    @Test
    public void userCreateWithPasswordOptionDoesNotPrompt() throws Exception {
        String out = shell.run(user("s3cret-pass"));
        assertEquals(new NewUser("ana", "Ana Cruz", "s3cret-pass", Role.AGENT, 2L), org.user);
        assertTrue(shell.session.prompts.isEmpty());
        assertEquals("Created ana (Ana Cruz, AGENT) in Inbound [2] for acme.\n", out);
    }

    @Test
    public void userCreateWithoutPasswordAsksTwiceWithMaskedEcho() throws Exception {
        shell.session.answers.add("typed-secret");
        shell.session.answers.add("typed-secret");

        shell.run(user(null));

        assertEquals("typed-secret", org.user.password());
        assertEquals(List.of("Password for ana: ", "Repeat the password: "), shell.session.prompts);
        assertEquals(List.of('*', '*'), shell.session.masks);
    }

    @Test
    public void userCreateRefusesDifferingOrEmptyTypedPasswords() {
        shell.session.answers.add("one");
        shell.session.answers.add("two");
        CommandException e = assertThrows(CommandException.class, () -> shell.run(user(null)));
        assertEquals("Error: Invalid input: The two passwords differ; run the command again (field: password)",
                e.getMessage());

        shell.session.answers.clear();
        shell.session.answers.add("");
        e = assertThrows(CommandException.class, () -> shell.run(user(null)));
        assertTrue(e.getMessage(), e.getMessage().endsWith("(field: password)"));

        shell.session.answers.clear(); // end of input, as in a non-interactive ssh session
        e = assertThrows(CommandException.class, () -> shell.run(user(null)));
        assertTrue(e.getMessage(), e.getMessage().contains("pass --password"));
        assertNull(org.user);
    }

    @Test
    public void userCreateRefusesAnUnknownRole() {
        UserCreateCommand cmd = user("pw");
        cmd.role = "boss";
        CommandException e = assertThrows(CommandException.class, () -> shell.run(cmd));
        assertEquals("Error: Invalid input: 'boss' is not a valid role; use one of AGENCY_ADMIN, TENANT_ADMIN, "
                + "SUPERVISOR, TEAM_LEAD, QA, AGENT, CLIENT_MANAGER (field: role)", e.getMessage());
        assertTrue(org.calls.isEmpty());
    }

    @Test
    public void userMoveNamesTheNewUnit() throws Exception {
        UserMoveCommand cmd = new UserMoveCommand();
        cmd.orgService = org;
        cmd.owner = "acme";
        cmd.username = "ana";
        cmd.unitId = 5;
        assertEquals("ana now works in Night shift [5].\n", shell.run(cmd));
        assertEquals(List.of("moveUser ops acme ana 5"), org.calls);
    }

    @Test
    public void userHistoryMarksTheCurrentPeriod() throws Exception {
        org.history = List.of(
                new MembershipChange(2L, "Inbound", Fakes.T0, Fakes.T0.plusSeconds(86_400), "ops"),
                new MembershipChange(5L, "Night shift", Fakes.T0.plusSeconds(86_400), null, "acme.admin"));
        UserHistoryCommand cmd = new UserHistoryCommand();
        cmd.orgService = org;
        cmd.owner = "acme";
        cmd.username = "ana";

        String[] lines = shell.run(cmd).split("\n");

        assertEquals(List.of("history ops acme ana"), org.calls);
        assertEquals(4, lines.length);
        assertTrue(lines[2], lines[2].startsWith("Inbound") && lines[2].contains("2024-05-02T08:30:15Z"));
        assertTrue(lines[3], lines[3].startsWith("Night shift") && lines[3].contains("(current)")
                && lines[3].contains("acme.admin"));
    }
}
