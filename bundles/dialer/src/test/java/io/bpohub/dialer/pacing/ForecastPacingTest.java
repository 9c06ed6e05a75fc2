package io.bpohub.dialer.pacing;

import io.bpohub.api.dialer.DurationSample;
import io.bpohub.api.dialer.PacingSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ForecastPacingTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    /** People answer 5-25 s after the call is placed; talks last 60-119 s. */
    private static final DurationSample ANSWERS = DurationSample.of(IntStream.range(0, 200).mapToDouble(i -> 5 + i % 21).toArray());
    private static final DurationSample TALKS = DurationSample.of(IntStream.range(0, 200).mapToDouble(i -> 60 + i % 60).toArray());

    private static PacingSnapshot.Builder learnt() {
        return PacingSnapshot.builder().now(NOW).answerRate(0.3).times(TALKS, ANSWERS, ANSWERS, 15).callsAtRiskAllowed(50);
    }

    private static int calls(PacingSnapshot snapshot) {
        return new ForecastPacing().newPacer("c", ZoneOffset.UTC).callsToPlace(snapshot);
    }

    @Test
    public void aCampaignThatHasLearntNothingDialsOneCallPerReadyAgent() {
        assertEquals(3, calls(PacingSnapshot.builder().now(NOW).agents(3, 0, 0).onCallElapsedSeconds(10, 20).build()));
    }

    @Test
    public void callsGoOutAheadOfAgentsWhoseWrapUpEndsBeforeAPersonCouldAnswer() {
        assertTrue(calls(learnt().wrapUpRemainingSeconds(3, 3, 3, 3, 3).build()) >= 5);
    }

    @Test
    public void noCallGoesOutWhileEveryAgentHasJustStartedTalking() {
        assertEquals(0, calls(learnt().onCallElapsedSeconds(1, 1, 1, 1, 1).build()));
    }

    @Test
    public void callsAlreadyRingingCountAgainstTheAgentsAboutToBeFree() {
        int alone = calls(learnt().wrapUpRemainingSeconds(3, 3).build());
        int besideRinging = calls(learnt().wrapUpRemainingSeconds(3, 3).ringingElapsedSeconds(2, 2, 2, 2, 2, 2).build());
        assertTrue(besideRinging < alone);
    }

    @Test
    public void aLoneReadyAgentGetsASecondCallOnlyWhenAnotherAgentIsAboutToBeFree() {
        // a second call would be answered first about half the time a person answers the first: too risky alone
        assertEquals(1, calls(learnt().agents(1, 0, 0).onCallElapsedSeconds(1, 1, 1, 1).build()));
        assertTrue(calls(learnt().agents(1, 0, 0).onCallElapsedSeconds(1, 1, 1).wrapUpRemainingSeconds(2).build()) > 1);
    }

    @Test
    public void itAsksForNoMoreCallsThanTheAbandonBudgetLetsTheDialerPlace() {
        // ten idle agents and nothing ringing: the risk would allow many calls, the budget allows three beyond them
        assertEquals(13, calls(learnt().agents(10, 0, 0).callsAtRiskAllowed(3).build()));
        assertEquals(10, calls(learnt().agents(10, 0, 0).callsAtRiskAllowed(-1).build()));
        assertTrue(calls(learnt().agents(10, 0, 0).callsAtRiskAllowed(50).build()) > 13);
    }
}
