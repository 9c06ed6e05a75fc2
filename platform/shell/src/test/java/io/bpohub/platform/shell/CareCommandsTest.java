package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.ScriptResults;
import io.bpohub.platform.services.ScriptState;
import io.bpohub.platform.services.VersionResult;
import java.math.BigDecimal;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

/** The script, order, complaint, material and bulletin commands against recording fakes. */
public class CareCommandsTest {
    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final CareFakes.Scripts scripts = new CareFakes.Scripts();
    private final CareFakes.Orders orders = new CareFakes.Orders();
    private final CareFakes.Complaints complaints = new CareFakes.Complaints();

    @Test
    public void scriptResultsShowVersionsSideBySide() throws Exception {
        scripts.results = new ScriptResults("spring-offer", 1, List.of(
                new VersionResult(1, ScriptState.LIVE, 5, 2, new BigDecimal("40.00"), new BigDecimal("120.0"), 4, true),
                new VersionResult(2, ScriptState.TRIAL, 2, 2, new BigDecimal("100.00"), new BigDecimal("45.0"), 10, false),
                new VersionResult(3, ScriptState.TRIAL, 0, 0, null, null, 60, false)));
        ScriptResultsCommand cmd = new ScriptResultsCommand();
        cmd.scriptService = scripts;
        cmd.tenant = "acme";
        cmd.key = "spring-offer";
        String out = shell.run(cmd);
        assertEquals(List.of("results ops acme spring-offer"), scripts.calls);
        assertTrue(out, out.startsWith("Script spring-offer of acme (LIVE version: 1):\n"));
        assertTrue(out, out.contains("      1 LIVE          5     40.00    120.0s  4 reached\n"));
        assertTrue(out, out.contains("      2 TRIAL         2    100.00     45.0s         10\n"));
        assertTrue("no calls yet shows no rate, not 0", out.contains("      3 TRIAL         0         -         -         60\n"));
    }

    @Test
    public void trialNeedsTestersAndPrintsWarnings() throws Exception {
        ScriptTrialCommand cmd = new ScriptTrialCommand();
        cmd.scriptService = scripts;
        cmd.tenant = "acme";
        cmd.key = "spring-offer";
        cmd.version = 2;
        cmd.target = 20;
        CommandException none = assertThrows(CommandException.class, () -> shell.run(cmd));
        assertTrue(none.getMessage(), none.getMessage().endsWith("(field: tester)"));
        assertTrue(scripts.calls.isEmpty());
        cmd.testers = List.of("ana", "ben");
        String out = shell.run(cmd);
        assertEquals("Version 2 of spring-offer is on trial with 2 testers for 20 calls.\nWarning: 2 testers is fewer than the recommended 8\n", out);
    }

    @Test
    public void forcedRolloutCarriesItsReason() throws Exception {
        ScriptRolloutCommand cmd = new ScriptRolloutCommand();
        cmd.scriptService = scripts;
        cmd.tenant = "acme";
        cmd.key = "spring-offer";
        cmd.version = 2;
        cmd.force = true;
        cmd.reason = "regulator wording";
        assertEquals("Version 2 of spring-offer is LIVE for acme (forced: regulator wording).\n", shell.run(cmd));
        assertEquals(List.of("rollOut ops acme spring-offer 2 true regulator wording"), scripts.calls);
    }

    @Test
    public void orderStatusIsReadCaseInsensitivelyAndBadOnesAreRefusedBeforeTheService() throws Exception {
        OrderStatusCommand cmd = new OrderStatusCommand();
        cmd.orderService = orders;
        cmd.tenant = "acme";
        cmd.id = 42;
        cmd.status = "shipped";
        cmd.note = "courier SF123";
        assertEquals("Order 42 of acme is now SHIPPED.\n", shell.run(cmd));
        assertEquals(List.of("changeStatus ops acme 42 SHIPPED courier SF123"), orders.calls);
        cmd.status = "lost";
        CommandException e = assertThrows(CommandException.class, () -> shell.run(cmd));
        assertTrue(e.getMessage(), e.getMessage().endsWith("(field: status)"));
        assertEquals(1, orders.calls.size());
    }

    @Test
    public void orderListShowsExactTotalsAndTheServiceRefusalIsOneLine() throws Exception {
        orders.orders = List.of(CareFakes.Orders.order(42, OrderStatus.PLACED));
        OrderListCommand cmd = new OrderListCommand();
        cmd.orderService = orders;
        cmd.tenant = "acme";
        cmd.status = "placed";
        String out = shell.run(cmd);
        assertTrue(out, out.contains("      42 PLACED            7        71.0811 CNY  ana"));
        assertEquals(List.of("orders ops acme PLACED 0 50"), orders.calls);
        orders.fail = PlatformException.forbidden("cross-tenant access refused");
        assertEquals("Error: Forbidden: cross-tenant access refused", assertThrows(CommandException.class, () -> shell.run(cmd)).getMessage());
    }

    @Test
    public void complaintCommandsPassTheirOptions() throws Exception {
        ComplaintStatusCommand status = new ComplaintStatusCommand();
        status.complaintService = complaints;
        status.tenant = "acme";
        status.id = 7;
        status.status = "in-progress";
        status.note = "called back";
        assertEquals("Complaint 7 of acme is now IN_PROGRESS.\n", shell.run(status));
        ComplaintAssignCommand assign = new ComplaintAssignCommand();
        assign.complaintService = complaints;
        assign.tenant = "acme";
        assign.id = 7;
        assign.assignee = "ben";
        assertTrue(shell.run(assign).startsWith("Complaint 7 of acme is assigned to ben, due 2024-05-03T08:30:15Z."));
        complaints.complaints = List.of(CareFakes.Complaints.complaint(7, ComplaintStatus.OPEN, "ben", true));
        ComplaintListCommand list = new ComplaintListCommand();
        list.complaintService = complaints;
        list.tenant = "acme";
        assertTrue(shell.run(list).contains("2024-05-03T08:30:15Z OVERDUE"));
        assertEquals(List.of("changeStatus ops acme 7 IN_PROGRESS called back null", "assign ops acme 7 ben", "complaints ops acme null 0 50"),
                complaints.calls);
    }
}
