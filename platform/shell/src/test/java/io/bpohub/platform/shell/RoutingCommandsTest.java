package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.calendar.Openness;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.routing.HandlerSpan;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.PlatformException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

public class RoutingCommandsTest {
    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final Fakes.RoutingPolicies policies = new Fakes.RoutingPolicies();
    private final Fakes.Routing routing = new Fakes.Routing();
    private final Fakes.Calendars calendars = new Fakes.Calendars();

    /** Tuesday 2026-02-17 02:00 UTC, 10:00 in Manila. */
    static final Instant TUESDAY = Instant.parse("2026-02-17T02:00:00Z");

    private <C extends RoutingCommand> C wire(C cmd, String campaign) {
        cmd.routingPolicyService = policies;
        cmd.tenant = "acme";
        cmd.campaign = campaign;
        if (cmd instanceof RoutingServiceCommand) {
            ((RoutingServiceCommand) cmd).routingService = routing;
            ((RoutingServiceCommand) cmd).clock = Clock.fixed(TUESDAY, ZoneOffset.UTC);
        }
        if (cmd instanceof RoutingWeekCommand) {
            ((RoutingWeekCommand) cmd).calendarService = calendars;
        }
        return cmd;
    }

    private String refusal(BpoCommand cmd) {
        return assertThrows(CommandException.class, () -> shell.run(cmd)).getMessage();
    }

    // --- routing-policy, routing-policy-set

    @Test
    public void policyWithoutCampaignListsTheTenantPolicyAndEveryOverride() throws Exception {
        policies.policies.put("", new RoutingPolicy(OperatingMode.HYBRID, 45, true, false));
        policies.policies.put("survey", new RoutingPolicy(OperatingMode.OUTSOURCED, null, false, true));

        String out = shell.run(wire(new RoutingPolicyCommand(), null));

        assertEquals(List.of("policies ops acme"), policies.calls);
        assertEquals(String.join("\n",
                "Campaign | Mode       | Overflow after  | Overflow when busy | Temporary project",
                "---------+------------+-----------------+--------------------+------------------",
                "(tenant) | HYBRID     | 45 s of waiting | yes                | no",
                "survey   | OUTSOURCED | never           | no                 | yes",
                ""), out);
    }

    @Test
    public void policyWithoutOverridesSaysEveryCampaignFollowsTheTenant() throws Exception {
        String out = shell.run(wire(new RoutingPolicyCommand(), null));
        assertTrue(out, out.contains("(tenant) | HYBRID | never"));
        assertTrue(out, out.endsWith("No campaign overrides: every campaign of acme follows the tenant's policy.\n"));
    }

    @Test
    public void policyOfACampaignIsThePolicyInForceForIt() throws Exception {
        policies.policies.put("spring", new RoutingPolicy(OperatingMode.IN_HOUSE, 30, false, false));

        assertEquals("Routing policy in force for campaign spring of acme:\n"
                + "Mode:                        IN_HOUSE\n"
                + "Overflow after:              30 s of waiting\n"
                + "Overflow when in-house busy: no\n"
                + "Temporary project:           no\n", shell.run(wire(new RoutingPolicyCommand(), "spring")));
        assertEquals(List.of("policy ops acme spring"), policies.calls);
    }

    private RoutingPolicySetCommand set(String mode, String campaign) {
        RoutingPolicySetCommand cmd = wire(new RoutingPolicySetCommand(), campaign);
        cmd.mode = mode;
        return cmd;
    }

    @Test
    public void policySetSendsTheWholePolicyWithWhatIsLeftOutOff() throws Exception {
        RoutingPolicySetCommand cmd = set("hybrid", null);
        cmd.overflowAfter = 45;
        cmd.overflowWhenBusy = true;

        String out = shell.run(cmd);

        assertEquals(List.of("setPolicy ops acme null"), policies.calls);
        assertEquals(new RoutingPolicy(OperatingMode.HYBRID, 45, true, false), policies.policies.get(""));
        assertEquals("Routing policy of acme set.\n"
                + "Mode:                        HYBRID\n"
                + "Overflow after:              45 s of waiting\n"
                + "Overflow when in-house busy: yes\n"
                + "Temporary project:           no\n", out);
    }

    @Test
    public void policySetOfACampaignIsItsOverride() throws Exception {
        RoutingPolicySetCommand cmd = set("OUTSOURCED", "survey");
        cmd.temporaryProject = true;

        assertTrue(shell.run(cmd).startsWith("Routing policy of campaign survey of acme set.\n"));
        assertEquals(List.of("setPolicy ops acme survey"), policies.calls);
        assertEquals(new RoutingPolicy(OperatingMode.OUTSOURCED, null, false, true), policies.policies.get("survey"));
    }

    @Test
    public void policySetRefusesAnUnknownMode() {
        assertEquals("Error: Invalid input: 'split' is not a valid mode; use one of IN_HOUSE, OUTSOURCED, HYBRID (field: mode)",
                refusal(set("split", null)));
        assertTrue(policies.calls.isEmpty());
    }

    // --- routing-decide

    private RoutingDecideCommand decide(String campaign) {
        routing.decision = new RoutingDecision(Handler.AGENCY, "CALENDAR_CLOSED",
                new Openness(false, "HOLIDAY", LocalDateTime.of(2026, 2, 17, 10, 0), Fakes.MANILA, "Spring Festival"),
                "acme is closed on 2026-02-17 (Spring Festival): the agency handles the work");
        return wire(new RoutingDecideCommand(), campaign);
    }

    @Test
    public void decidePrintsHandlerRuleExplanationAndTheCalendarBehindIt() throws Exception {
        RoutingDecideCommand cmd = decide("spring");
        cmd.at = "2026-02-17T02:00:00Z";
        cmd.inHouseBusy = true;
        cmd.waited = 30;

        String out = shell.run(cmd);

        assertEquals(List.of("policy ops acme spring"), policies.calls);
        assertEquals(List.of(new RoutingQuestion("acme", "spring", TUESDAY, false, 30)), routing.questions);
        assertEquals("Question:    campaign spring of acme at 2026-02-17T02:00:00Z, in-house agents busy, waited 30 s\n"
                + "Handler:     AGENCY\n"
                + "Rule:        CALENDAR_CLOSED\n"
                + "Explanation: acme is closed on 2026-02-17 (Spring Festival): the agency handles the work\n"
                + "Calendar:    closed (HOLIDAY), Tue 2026-02-17 10:00 in Asia/Manila\n", out);
    }

    @Test
    public void decideWithoutOptionsAsksAboutNowWithAnAvailableInHouseAgent() throws Exception {
        RoutingDecideCommand cmd = decide(null);
        routing.decision = new RoutingDecision(Handler.IN_HOUSE, "MODE_IN_HOUSE", null, "acme staffs its own work");

        String out = shell.run(cmd);

        assertEquals(List.of(new RoutingQuestion("acme", null, TUESDAY, true, 0)), routing.questions);
        assertTrue(out, out.startsWith("Question:    acme at 2026-02-17T02:00:00Z, in-house agents available, waited 0 s\n"
                + "Handler:     IN_HOUSE\n"));
        assertTrue("no calendar line when the calendar was not needed", !out.contains("Calendar:"));
    }

    @Test
    public void decideRefusesBadOptionsBeforeAnythingIsAsked() {
        RoutingDecideCommand cmd = decide(null);
        cmd.at = "2026-02-17 02:00";
        assertEquals("Error: Invalid input: --at must be an instant in UTC like 2026-02-17T02:00:00Z, not '2026-02-17 02:00' "
                + "(field: at)", refusal(cmd));
        cmd.at = null;
        cmd.waited = -5;
        assertEquals("Error: Invalid input: --waited is how many seconds the call has waited: 0 or more (field: waited)",
                refusal(cmd));
        assertTrue(policies.calls.isEmpty());
        assertTrue(routing.questions.isEmpty());
    }

    @Test
    public void decideChecksTheOperatorsPermissionBeforeTheRoutingServiceIsAsked() {
        policies.fail = PlatformException.forbidden("globex.admin may not read the routing of acme");
        assertEquals("Error: Forbidden: globex.admin may not read the routing of acme", refusal(decide(null)));
        assertTrue(routing.questions.isEmpty());
    }

    @Test
    public void withoutTheRoutingBundleDecideAndWeekSayToInstallTheFeature() {
        String unavailable = "Error: Temporarily unavailable: the routing bundle is not deployed; install the bpohub-routing "
                + "feature (feature:install bpohub-routing) and retry";
        RoutingDecideCommand decide = decide(null);
        decide.routingService = null;
        assertEquals(unavailable, refusal(decide));
        RoutingWeekCommand week = wire(new RoutingWeekCommand(), null);
        week.routingService = null;
        assertEquals(unavailable, refusal(week));
        assertEquals("the permission is checked all the same", List.of("policy ops acme null", "policy ops acme null"),
                policies.calls);
    }

    // --- routing-week

    @Test
    public void weekShowsSpansInTheTenantsLocalTime() throws Exception {
        routing.spans = List.of(
                new HandlerSpan(Instant.parse("2026-02-15T16:00:00Z"), Instant.parse("2026-02-16T01:00:00Z"), Handler.AGENCY,
                        "CALENDAR_CLOSED", "outside business hours"),
                new HandlerSpan(Instant.parse("2026-02-16T01:00:00Z"), Instant.parse("2026-02-16T10:00:00Z"), Handler.IN_HOUSE,
                        "CALENDAR_OPEN", "Mon 09:00-18:00"));
        RoutingWeekCommand cmd = wire(new RoutingWeekCommand(), "spring");
        cmd.start = "2026-02-16";

        String out = shell.run(cmd);

        assertEquals(List.of("policy ops acme spring"), policies.calls);
        assertEquals(List.of("calendar ops acme"), calendars.calls);
        assertEquals("midnight to midnight in Manila", List.of("acme spring 2026-02-15T16:00:00Z 2026-02-22T16:00:00Z"),
                routing.timelines);
        assertEquals(String.join("\n",
                "Who handles the work of campaign spring of acme from Mon 2026-02-16 to Sun 2026-02-22, times in Asia/Manila:",
                "From                 | To                   | Handler  | Rule            | Label",
                "---------------------+----------------------+----------+-----------------+-----------------------",
                "Mon 2026-02-16 00:00 | Mon 2026-02-16 09:00 | AGENCY   | CALENDAR_CLOSED | outside business hours",
                "Mon 2026-02-16 09:00 | Mon 2026-02-16 18:00 | IN_HOUSE | CALENDAR_OPEN   | Mon 09:00-18:00",
                ""), out);
    }

    @Test
    public void weekWithoutStartIsThisWeekFromMondayInTheTenantsZone() throws Exception {
        RoutingWeekCommand cmd = wire(new RoutingWeekCommand(), null);
        // Sunday 2026-02-22 20:00 UTC is already Monday 2026-02-23 04:00 in Manila
        cmd.clock = Clock.fixed(Instant.parse("2026-02-22T20:00:00Z"), ZoneOffset.UTC);

        String out = shell.run(cmd);

        assertEquals(List.of("acme null 2026-02-22T16:00:00Z 2026-03-01T16:00:00Z"), routing.timelines);
        assertTrue(out, out.startsWith("Who handles the work of acme from Mon 2026-02-23 to Sun 2026-03-01, times in Asia/Manila:\n"));
        assertTrue(out, out.endsWith("No spans: the routing service returned an empty timeline.\n"));
    }

    @Test
    public void weekRefusesABadStartBeforeAnythingIsAsked() {
        RoutingWeekCommand cmd = wire(new RoutingWeekCommand(), null);
        cmd.start = "next monday";
        assertEquals("Error: Invalid input: --start must be a date like 2026-02-17 (YYYY-MM-DD), not 'next monday' "
                + "(field: start)", refusal(cmd));
        assertTrue(policies.calls.isEmpty());
        assertTrue(calendars.calls.isEmpty());
    }
}
