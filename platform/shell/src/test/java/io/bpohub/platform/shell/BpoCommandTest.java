package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.TenantStatus;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

public class BpoCommandTest {

    @Test
    public void theJaasSubjectNamesTheOperatorEvenWhenTheSessionVariableWasChanged() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("mallory"); // USER is a session variable anyone at the prompt can set
        Fakes.Tenants tenants = new Fakes.Tenants();
        tenants.tenants.put("acme", Fakes.tenant("acme", TenantStatus.ACTIVE));
        TenantShowCommand show = new TenantShowCommand();
        show.tenantService = tenants;
        show.slug = "acme";

        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("ops.ana"));
        Subject.doAs(subject, (PrivilegedExceptionAction<String>) () -> shell.run(show));

        assertEquals(List.of("ops.ana"), shell.auth.operators);
        assertEquals(List.of("get ops.ana acme"), tenants.calls);
    }

    @Test
    public void withoutSubjectTheSessionUserIsTheOperatorAndItsCallerReachesTheService() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("ops.ben");
        Fakes.Tenants tenants = new Fakes.Tenants();
        tenants.tenants.put("acme", Fakes.tenant("acme", TenantStatus.ACTIVE));
        TenantResumeCommand resume = new TenantResumeCommand();
        resume.tenantService = tenants;
        resume.slug = "acme";

        String out = shell.run(resume);

        assertEquals(List.of("ops.ben"), shell.auth.operators);
        assertEquals(List.of("resume ops.ben acme"), tenants.calls);
        assertTrue(out, out.startsWith("Tenant acme resumed.\n"));
        assertTrue(out, out.contains("Time zone:       Asia/Manila\n"));
        assertTrue(out, out.contains("Created:         2024-05-01T08:30:15Z\n"));
    }

    @Test
    public void fallsBackToKarafWhenNothingNamesTheUser() {
        assertEquals("karaf", BpoCommand.shellUser(null, null));
        assertEquals("karaf", BpoCommand.shellUser(" ", ""));
        assertEquals("ops.ben", BpoCommand.shellUser(null, "ops.ben"));
        assertEquals("ops.ana", BpoCommand.shellUser("ops.ana", "ops.ben"));
    }

    @Test
    public void aPlatformExceptionBecomesOneErrorLineWithTitleDetailAndField() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("ops");
        Fakes.Tenants tenants = new Fakes.Tenants();
        tenants.fail = PlatformException.conflict("slug", "acme is taken; pick another slug");
        TenantShowCommand show = new TenantShowCommand();
        show.tenantService = tenants;
        show.slug = "acme";

        CommandException e = assertThrows(CommandException.class, () -> shell.run(show));

        assertEquals("Error: Conflict: acme is taken; pick another slug (field: slug)", e.getMessage());
        assertTrue(e.getNiceHelp().contains("Error: Conflict: acme is taken; pick another slug (field: slug)"));
        assertSame(tenants.fail, e.getCause());
    }

    @Test
    public void errorsWithoutFieldLeaveTheFieldOut() {
        assertEquals("Error: Not found: No tenant zeta",
                BpoCommand.describe(PlatformException.notFound("No tenant zeta")));
        assertEquals("Error: Forbidden: agency admins only",
                BpoCommand.describe(PlatformException.forbidden("agency admins only")));
    }

    @Test
    public void anUnknownOperatorIsReportedTheSameWay() {
        Fakes.Shell shell = new Fakes.Shell("visitor");
        shell.auth.refuse = new PlatformException(PlatformException.Kind.UNAUTHENTICATED, null,
                "visitor is not an agency operator");
        Fakes.Tenants tenants = new Fakes.Tenants();
        TenantShowCommand show = new TenantShowCommand();
        show.tenantService = tenants;
        show.slug = "acme";

        CommandException e = assertThrows(CommandException.class, () -> shell.run(show));

        assertEquals("Error: Authentication required: visitor is not an agency operator", e.getMessage());
        assertTrue("service must not be called", tenants.calls.isEmpty());
    }

    @Test
    public void otherFailuresAreLeftToKaraf() {
        Fakes.Shell shell = new Fakes.Shell("ops");
        TenantShowCommand show = new TenantShowCommand(); // no tenant service: a bug, not an operator error
        show.slug = "acme";
        assertThrows(NullPointerException.class, () -> shell.run(show));
    }
}
