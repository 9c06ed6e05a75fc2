package io.bpohub.core.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.bpohub.core.campaigns.CampaignRules;
import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.StopReason;
import io.bpohub.platform.services.WorkflowStage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.Test;

/** Class and stage changes from the default dispositions. */
public class TransitionsTest {
    private static final ZoneId Z = ZoneId.of("Asia/Shanghai");
    private static final Instant CALL = Instant.parse("2026-03-03T02:00:00Z"); // Tuesday 10:00 in Shanghai
    private static final DialingTimes TIMES = new DialingTimes(CampaignRules.DEFAULT_WINDOWS, List.of(Z), null, null);

    private static Disposition key(String k) {
        return CampaignRules.DEFAULT_DISPOSITIONS.stream().filter(d -> d.key().equals(k)).findFirst().orElseThrow();
    }

    private static Progress apply(Progress p, String k) {
        return Transitions.apply(p, key(k), CadenceRules.DEFAULTS, CALL, Z, TIMES);
    }

    @Test
    public void wrongNumbersAreDroppedAtScreening() {
        for (String k : List.of("0", "*")) {
            Progress p = apply(Progress.NEW, k);
            assertEquals(WorkflowStage.DROPPED, p.stage());
            assertEquals(StopReason.WRONG_NUMBER, p.stopReason());
            assertNull(p.nextAttemptAt());
        }
    }

    @Test
    public void screeningClassesSetTheStage() {
        assertEquals(WorkflowStage.CLOSING, apply(Progress.NEW, "1").stage());
        assertEquals(WorkflowStage.FOLLOW_UP, apply(Progress.NEW, "2").stage());
        assertEquals(WorkflowStage.FOLLOW_UP, apply(Progress.NEW, "3").stage());
        assertEquals(WorkflowStage.FOLLOW_UP, apply(Progress.NEW, "4").stage());
        assertEquals(IntentClass.CONSIDERING, apply(Progress.NEW, "3").intentClass());
    }

    @Test
    public void classesChangeAtAnyCallAndQuestionsKeepTheirStage() {
        Progress p = apply(Progress.NEW, "4");                        // not now
        p = apply(p, "3");                                             // considering
        assertEquals(IntentClass.CONSIDERING, p.intentClass());
        p = apply(p, "6");                                             // questions to resolve, class kept
        assertEquals(WorkflowStage.RESOLVING, p.stage());
        assertEquals(IntentClass.CONSIDERING, p.intentClass());
        p = apply(p, "2");                                             // interested while resolving stays resolving
        assertEquals(WorkflowStage.RESOLVING, p.stage());
        p = apply(p, "1");
        assertEquals(WorkflowStage.CLOSING, p.stage());
        p = apply(p, "3");                                             // a buyer who hesitates goes back to follow-up
        assertEquals(WorkflowStage.FOLLOW_UP, p.stage());
        p = apply(p, "7");
        assertEquals(WorkflowStage.WON, p.stage());
        assertEquals(StopReason.WON, p.stopReason());
        assertEquals(7, p.attempts());
    }

    @Test
    public void neverStopsCallingAndOnlyFeedbackFollows() {
        Progress p = apply(Progress.NEW, "5");
        assertEquals(StopReason.NEVER, p.stopReason());
        assertNull(p.nextAttemptAt());
        Progress stopped = p;
        PlatformException e = assertThrows(PlatformException.class, () -> apply(stopped, "2"));
        assertEquals("dispositionKey", e.field());
        Progress fed = apply(p, "#");
        assertEquals(IntentClass.NEVER, fed.intentClass());
        assertEquals(2, fed.attempts());
        assertNull(fed.nextAttemptAt());
    }

    @Test
    public void droppedContactsTakeNoMoreOutcomes() {
        Progress dropped = apply(Progress.NEW, "0");
        assertThrows(PlatformException.class, () -> apply(dropped, "8"));
    }

    @Test
    public void unansweredCallsRedialUntilTheMaximumInARow() {
        Progress p = Progress.NEW;
        for (int i = 1; i < CadenceRules.DEFAULTS.maxAttempts(); i++) {
            p = apply(p, i % 2 == 0 ? "8" : "9");
            assertNotNull(p.nextAttemptAt());
            assertEquals(i, p.unansweredAttempts());
        }
        Progress last = apply(p, "8");
        assertEquals(StopReason.MAX_ATTEMPTS, last.stopReason());
        assertNull(last.nextAttemptAt());
        // reaching the contact resets the run of unanswered calls
        Progress reached = apply(p, "2");
        assertEquals(0, reached.unansweredAttempts());
    }

    @Test
    public void noAnswerRedialsAfterTwoHoursInsideTheWindow() {
        Progress p = apply(Progress.NEW, "8");
        assertEquals(Instant.parse("2026-03-03T06:00:00Z"), p.nextAttemptAt()); // 10:00 + 2 h = 12:00 -> window 14:00 local
    }
}
