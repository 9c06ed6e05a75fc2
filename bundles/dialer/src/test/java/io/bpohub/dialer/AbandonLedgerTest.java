package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AbandonTally;
import io.bpohub.api.dialer.PastAnswer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

public class AbandonLedgerTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final AbandonLedger ledger = new AbandonLedger(AbandonPolicy.DEFAULT, ZoneOffset.UTC, Duration.ofSeconds(26));

    /** {@code answered} answers in the last hour, the first {@code abandoned} of them abandoned. */
    private void answers(int answered, int abandoned) {
        for (int i = 0; i < answered; i++) {
            Instant at = NOW.minus(Duration.ofMinutes(60)).plusSeconds(i);
            ledger.answered(at);
            if (i < abandoned) ledger.abandoned(at);
        }
    }

    @Test
    public void theBudgetIsTheMostCallsAtRiskThatKeepTheRateWithinTheLimitIfAllWereAbandoned() {
        // 400 answers keep 40 in reserve for answer volume (2 standard deviations): 360 count
        answers(400, 8);
        // 8 + e <= 0.03 * (360 + e): e <= 2.8 / 0.97
        assertEquals(2, ledger.exposureAllowed(NOW, 0));
        // two calls already answered and waiting count as abandons only: 8 + 2 <= 10.8, the third adds an answer too
        assertEquals(2, ledger.exposureAllowed(NOW, 2));
    }

    @Test
    public void answersRememberedFromBeforeTheRunCountAsIfTheRunHadThemInAnyOrder() {
        List<PastAnswer> past = new ArrayList<>();
        for (int i = 399; i >= 0; i--) past.add(new PastAnswer(NOW.minus(Duration.ofMinutes(60)).plusSeconds(i), i < 8));
        past.add(new PastAnswer(NOW.minus(Duration.ofDays(31)), true)); // beyond the long window: forgotten
        ledger.remember(past, NOW);
        assertEquals(2, ledger.exposureAllowed(NOW, 0), "as with the same answers seen live");
        assertEquals(new AbandonTally(400, 8), ledger.window(NOW, Duration.ofDays(30)));
    }

    @Test
    public void noBudgetAtTheLimitAndANegativeOneBeyondIt() {
        answers(400, 10);
        assertEquals(0, ledger.exposureAllowed(NOW, 0));
        AbandonLedger over = new AbandonLedger(AbandonPolicy.DEFAULT, ZoneOffset.UTC, Duration.ofSeconds(26));
        for (int i = 0; i < 400; i++) {
            over.answered(NOW.minusSeconds(400 - i));
            if (i < 11) over.abandoned(NOW.minusSeconds(400 - i));
        }
        assertEquals(-1, over.exposureAllowed(NOW, 0));
    }

    @Test
    public void answersAboutToLeaveTheWindowDoNotCountForTheBudget() {
        for (int i = 0; i < 400; i++) ledger.answered(NOW.minus(Duration.ofHours(24)).plusSeconds(60 + i));
        // all of them leave the 24 h window within the next ten minutes
        assertEquals(0, ledger.exposureAllowed(NOW, 0));
        assertEquals(new AbandonTally(400, 0), ledger.window(NOW, Duration.ofHours(24)));
    }

    @Test
    public void windowsCountExactlyWithTheStartExcludedAndTheEndIncluded() {
        ledger.answered(NOW.minus(Duration.ofHours(24)));
        ledger.answered(NOW.minus(Duration.ofHours(24)).plusMillis(1));
        ledger.abandoned(NOW.minus(Duration.ofHours(24)).plusMillis(1));
        ledger.answered(NOW);
        assertEquals(new AbandonTally(2, 1), ledger.window(NOW, Duration.ofHours(24)));
        assertEquals(new AbandonTally(1, 0), ledger.today(NOW));
    }
}
