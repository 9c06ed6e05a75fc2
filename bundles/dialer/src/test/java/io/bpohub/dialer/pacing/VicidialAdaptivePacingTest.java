package io.bpohub.dialer.pacing;

import io.bpohub.api.dialer.AbandonTally;
import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.PacingSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

public class VicidialAdaptivePacingTest {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final ZoneId UTC = ZoneOffset.UTC;

    /** 10 agents all ready, nothing ringing, with today's tallies. */
    private static PacingSnapshot allReady(Instant now, long callsToday, AbandonTally today) {
        return PacingSnapshot.builder().now(now).agents(10, 0, 0).tallies(callsToday, today, today, today).build();
    }

    @Test
    public void theDialLevelRisesEvery15SecondsWhileAgentsWaitAndKeepsLinesAtLevelTimesAgents() {
        CampaignPacer pacer = new VicidialAdaptHardLimit().newPacer("c", UTC);
        assertEquals(10, pacer.callsToPlace(allReady(NINE, 0, AbandonTally.NONE)));
        for (int s = 1; s < 15; s++) pacer.callsToPlace(allReady(NINE.plusSeconds(s), 0, AbandonTally.NONE));
        // 15 samples of 10 ready of 10 logged in: level × (1 + 10 / 10) = 2.0, so 20 lines for 10 agents
        assertEquals(20, pacer.callsToPlace(allReady(NINE.plusSeconds(15), 0, AbandonTally.NONE)));
        for (int s = 16; s < 30; s++) pacer.callsToPlace(allReady(NINE.plusSeconds(s), 0, AbandonTally.NONE));
        // capped at the maximum adapt dial level 3.0
        assertEquals(30, pacer.callsToPlace(allReady(NINE.plusSeconds(30), 0, AbandonTally.NONE)));
    }

    @Test
    public void hardLimitDialsAtLevelOneOnceTodaysDropsPassTheLimit() {
        CampaignPacer pacer = new VicidialAdaptHardLimit().newPacer("c", UTC);
        AbandonTally over = new AbandonTally(100, 4);
        for (int s = 0; s < 15; s++) pacer.callsToPlace(allReady(NINE.plusSeconds(s), 60, over));
        assertEquals(10, pacer.callsToPlace(allReady(NINE.plusSeconds(15), 60, over)));
    }

    @Test
    public void taperedScalesTheLevelByTheTimeLeftOnVicidialsClockNumbers() {
        VicidialAdaptTapered tapered = new VicidialAdaptTapered();
        Instant five = Instant.parse("2026-11-23T17:00:00Z");
        // 1700 - 1330 = 370
        assertEquals(2.0 * 0.37, tapered.capWhenOverLimit(2.0, Instant.parse("2026-11-23T13:30:00Z"), five, UTC), 1e-9);
        assertEquals(1.0, tapered.capWhenOverLimit(2.0, Instant.parse("2026-11-23T17:01:00Z"), five, UTC), 1e-9);
        // more than 1000 left (ten hours on that clock): not tapered
        assertEquals(2.0, tapered.capWhenOverLimit(2.0, Instant.parse("2026-11-23T06:30:00Z"), five, UTC), 1e-9);
    }
}
