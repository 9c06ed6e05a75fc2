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
        String out = shell.run(cmd);
        assertEquals(List.of("start ops acme spring PREDICTIVE"), dialing.calls);
        assertTrue(out, out.startsWith("Campaign spring: PREDICTIVE on simulator since "));
        assertTrue(out, out.contains("  agents ready 2, on call 3, wrap-up 1, paused 1; calls ringing 4, waiting 0\n"));
        assertTrue(out, out.contains("  abandoned 24 h: 5 of 200 live answers (2.5 %), 30 days: 1.8 %\n"));
        assertTrue(out, out.contains("coaching"));

        cmd.mode = "turbo";
        CommandException bad = assertThrows(CommandException.class, () -> shell.run(cmd));
        assertTrue(bad.getMessage(), bad.getMessage().contains("(field: mode)"));
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
