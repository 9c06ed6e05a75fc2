package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AbandonTally;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.PastAnswer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.bpohub.dialer.DialerRig.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A campaign started again (stopped and started, a restart, a redeploy) counts its live answers from before in its
 * abandon windows: its abandons still count against it, and its answers still give it room.
 */
public class PastAnswersTest {
    private static DialerRig rig() {
        DialerRig rig = new DialerRig(DialerRig.everyoneAnswers(), CampaignSettings.of("spring-sale", DialMode.PREDICTIVE, ZoneOffset.UTC),
                new OverDialing(), AbandonPolicy.DEFAULT, InMemoryNumberSupply.endless());
        for (int i = 0; i < 5; i++) rig.login("agent" + i, Duration.ofSeconds(10));
        return rig;
    }

    /**
     * 400 answers over the last 20 hours, {@code abandoned} of them abandoned, in no particular order, and 50 abandoned
     * calls from 40 days ago.
     */
    private static List<PastAnswer> past(int abandoned) {
        List<PastAnswer> past = new ArrayList<>();
        for (int i = 399; i >= 0; i--) past.add(new PastAnswer(START.minus(Duration.ofHours(20)).plusSeconds(i * 150L), i < abandoned));
        for (int i = 0; i < 50; i++) past.add(new PastAnswer(START.minus(Duration.ofDays(40)).plusSeconds(i), true));
        return past;
    }

    /** The snapshot 1 s after the start of a campaign that remembers {@code past}. */
    private static PacingSnapshot startedAgainWith(List<PastAnswer> past) {
        DialerRig rig = rig();
        rig.dialer.remember(past);
        rig.dialer.start();
        List<PacingSnapshot> snapshots = new ArrayList<>();
        rig.at(Duration.ofSeconds(1), () -> snapshots.add(rig.dialer.snapshot()));
        rig.runFor(Duration.ofSeconds(2));
        assertThrows(IllegalStateException.class, () -> rig.dialer.remember(List.of()), "the past is remembered before the dialing starts");
        return snapshots.get(0);
    }

    @Test
    public void aCampaignStartedAgainAtItsLimitPlacesNoCallAtRiskAndOneWithCleanAnswersMay() {
        PacingSnapshot atLimit = startedAgainWith(past(12));
        assertEquals(new AbandonTally(400, 12), atLimit.shortWindow(), "the answers of the last 24 h count; those of 40 days ago do not");
        assertEquals(new AbandonTally(400, 12), atLimit.longWindow());
        assertTrue(atLimit.callsAtRiskAllowed() <= 0, "no call may be at risk: " + atLimit);
        assertEquals(5, atLimit.callsRinging(), "one call per ready agent, however much the strategy asks");

        PacingSnapshot clean = startedAgainWith(past(0));
        assertTrue(clean.callsAtRiskAllowed() > 0, "400 clean answers leave room for calls at risk: " + clean);
        assertTrue(clean.callsRinging() > 5, "the reckless strategy uses it at once: " + clean);
    }

    @Test
    public void aRunFollowsStricterRulesAtOnceCountingItsWindowsAgainUnderThem() {
        DialerRig rig = rig();
        rig.dialer.remember(past(0));
        rig.dialer.start();
        List<PacingSnapshot> snapshots = new ArrayList<>();
        AbandonPolicy stricter = new AbandonPolicy(new java.math.BigDecimal("0.01"), Duration.ofHours(48), Duration.ofDays(30),
                Duration.ofSeconds(1), "safe-harbor-2", Duration.ofHours(24));
        rig.at(Duration.ofMillis(500), () -> snapshots.add(rig.dialer.snapshot()));
        // the platform hands the new rules over with the campaign's records: 400 answers in the last 20 h, 8 abandoned
        rig.at(Duration.ofMillis(600), () -> rig.dialer.follow(stricter, past(8)));
        rig.at(Duration.ofMillis(700), () -> snapshots.add(rig.dialer.snapshot()));
        rig.runFor(Duration.ofSeconds(1));

        assertTrue(snapshots.get(0).callsAtRiskAllowed() > 0, "room under 3 %: " + snapshots.get(0));
        PacingSnapshot after = snapshots.get(1);
        assertEquals(stricter, after.policy());
        assertEquals(new AbandonTally(400, 8), after.shortWindow(), "the 48 h window, counted from the records given");
        assertTrue(after.callsAtRiskAllowed() < 0, "8 of 400 is over 1 %: " + after);
    }
}
