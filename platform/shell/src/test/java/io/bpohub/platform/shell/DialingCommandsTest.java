package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.dialer.DialMode;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

/** The dialing commands against a recording fake. */
public class DialingCommandsTest {
    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final DialingFakes.Dialing dialing = new DialingFakes.Dialing();

    @Test
    public void startTakesTheModeAndShowsTheCampaignWithItsAbandonRates() throws Exception {
        DialingStartCommand cmd = new DialingStartCommand();
        cmd.dialingService = dialing;
        cmd.tenant = "acme";
        cmd.campaign = "spring";
        cmd.mode = "Predictive";
        cmd.strategy = "vicidial-adapt-tapered";
        String out = shell.run(cmd);
        assertEquals(List.of("start ops acme spring PREDICTIVE vicidial-adapt-tapered"), dialing.calls);
        assertTrue(out, out.startsWith("Campaign spring: PREDICTIVE (vicidial-adapt-tapered) on simulator since "));
        assertTrue(out, out.contains("  agents ready 2, on call 3, wrap-up 1, paused 1; calls ringing 4, waiting 0\n"));
        assertTrue(out, out.contains("  abandoned 24 h: 5 of 200 live answers (2.5 %), 30 days: 1.8 %; limit 3 %\n"));
        assertTrue(out, out.contains("coaching"));
        assertTrue("an agent's call on hold is marked: " + out, out.contains("ON_CALL (hold)"));
        assertTrue("and an agent consulting a colleague before a transfer: " + out, out.contains("ON_CALL (consulting ana)"));
        assertTrue("a remote agent's phone is shown: " + out, out.contains("ben (remote +447700900123)"));

        cmd.mode = "turbo";
        CommandException bad = assertThrows(CommandException.class, () -> shell.run(cmd));
        assertTrue(bad.getMessage(), bad.getMessage().contains("(field: mode)"));
    }

    @Test
    public void thePolicyIsShownAndSetKeepingTheValuesNotGiven() throws Exception {
        DialingPolicyCommand show = new DialingPolicyCommand();
        show.dialingService = dialing;
        show.tenant = "acme";
        assertEquals("Abandoned calls at most 3 % of live answers over every 24 h and every 30 days\n"
                + "  an answered call waits at most 2000 ms for an agent, then hears safe-harbor\n"
                + "  abandoned numbers are not dialled again for 72 h\n"
                + "  (the platform's defaults)\n", shell.run(show));

        DialingPolicySetCommand set = new DialingPolicySetCommand();
        set.dialingService = dialing;
        set.tenant = "acme";
        set.limit = "0.02";
        set.noRedialHours = 0;
        String out = shell.run(set);
        assertEquals(List.of("policy ops acme", "policy ops acme", "setPolicy ops acme 0.02 24 30 2000 safe-harbor 0"),
                dialing.calls);
        assertTrue(out, out.startsWith("Abandoned calls at most 2 % of live answers over every 24 h and every 30 days\n"));
        assertTrue(out, out.contains("  abandoned numbers may be dialled again at once\n  set by ops at 2024-05-01T08:30:15Z\n"));

        set.limit = "two percent";
        CommandException bad = assertThrows(CommandException.class, () -> shell.run(set));
        assertTrue(bad.getMessage(), bad.getMessage().contains("(field: abandonLimit)"));
    }

    @Test
    public void theDeployedStrategiesAreListedOnePerLine() throws Exception {
        DialingStrategiesCommand cmd = new DialingStrategiesCommand();
        cmd.dialingService = dialing;
        cmd.tenant = "acme";
        assertEquals("bpohub-forecast\nvicidial-adapt-tapered\n", shell.run(cmd));
    }

    @Test
    public void theBoardSaysHowToStartWhenNothingIsDialing() throws Exception {
        DialingBoardCommand cmd = new DialingBoardCommand();
        cmd.dialingService = dialing;
        cmd.tenant = "acme";
        assertEquals("No campaign of acme is dialing; start one with bpo:dialing-start.\n", shell.run(cmd));
        dialing.board = List.of(DialingFakes.view("spring", DialMode.PROGRESSIVE), DialingFakes.view("autumn", DialMode.PREVIEW));
        String out = shell.run(cmd);
        assertTrue(out, out.contains("Campaign spring: PROGRESSIVE") && out.contains("Campaign autumn: PREVIEW"));
    }

    @Test
    public void stopAndForceNameWhatTheyDid() throws Exception {
        DialingStopCommand stop = new DialingStopCommand();
        stop.dialingService = dialing;
        stop.tenant = "acme";
        stop.campaign = "spring";
        assertTrue(shell.run(stop).startsWith("Campaign spring of acme stopped dialing"));
        AgentForceCommand force = new AgentForceCommand();
        force.dialingService = dialing;
        force.tenant = "acme";
        force.agent = "ana";
        force.action = "paused";
        force.reason = "team meeting";
        assertEquals("ana is PAUSED (team meeting) in spring.\n", shell.run(force));
        assertEquals(List.of("stop ops acme spring", "force ops acme ana paused team meeting"), dialing.calls);
    }
}
