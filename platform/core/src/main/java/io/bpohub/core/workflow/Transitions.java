package io.bpohub.core.workflow;

import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.StopReason;
import io.bpohub.platform.services.WorkflowStage;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a disposition does to a contact (decision 0013): wrong numbers are dropped; an unanswered call
 * is redialled until the campaign's maximum of unanswered attempts in a row; a reached contact takes the
 * disposition's class and stage (or the stage its class implies) and its next attempt from the cadence;
 * never and an order stop the calling; feedback changes nothing but the attempt count.
 */
public final class Transitions {
    private Transitions() {
    }

    public static Progress apply(Progress now, Disposition d, CadenceRules rules, Instant calledAt, ZoneId zone, DialingTimes times) {
        CallResult result = d.result();
        if (result != CallResult.FEEDBACK) {
            if (now.stage().isFinal()) {
                throw PlatformException.conflict("dispositionKey", "the contact is " + now.stage()
                        + ": only feedback may still be recorded");
            }
            if (now.intentClass() == IntentClass.NEVER) {
                throw PlatformException.conflict("dispositionKey", "the contact asked never to be called: only feedback may be recorded");
            }
        }
        int attempts = now.attempts() + 1;
        if (result == CallResult.FEEDBACK) {
            return new Progress(now.stage(), now.intentClass(), attempts, now.unansweredAttempts(), now.nextAttemptAt(), now.stopReason());
        }
        if (result.wrongNumber()) {
            return new Progress(WorkflowStage.DROPPED, now.intentClass(), attempts, now.unansweredAttempts(), null, StopReason.WRONG_NUMBER);
        }
        if (result.unanswered()) {
            int unanswered = now.unansweredAttempts() + 1;
            if (unanswered >= rules.maxAttempts()) {
                return new Progress(now.stage(), now.intentClass(), attempts, unanswered, null, StopReason.MAX_ATTEMPTS);
            }
            return scheduled(now.stage(), now.intentClass(), attempts, unanswered,
                    Cadence.base(rules, result, now.intentClass(), calledAt, zone), times);
        }
        IntentClass cls = d.intentClass() != null ? d.intentClass() : now.intentClass();
        WorkflowStage stage = d.stage() != null ? d.stage() : stageFor(cls, now.stage());
        if (stage == WorkflowStage.WON) return new Progress(stage, cls, attempts, 0, null, StopReason.WON);
        if (cls == IntentClass.NEVER) return new Progress(stage, cls, attempts, 0, null, StopReason.NEVER);
        return scheduled(stage, cls, attempts, 0, Cadence.base(rules, result, cls, calledAt, zone), times);
    }

    /** The stage a class implies when the disposition names none. */
    static WorkflowStage stageFor(IntentClass cls, WorkflowStage current) {
        if (cls == null) return current == WorkflowStage.SCREENING ? WorkflowStage.FOLLOW_UP : current;
        return switch (cls) {
            case BUY_NOW -> WorkflowStage.CLOSING;
            // questions being resolved stay in that stage; a hesitating buyer goes back to follow-up
            case INTERESTED -> current == WorkflowStage.RESOLVING ? WorkflowStage.RESOLVING : WorkflowStage.FOLLOW_UP;
            case CONSIDERING, NOT_NOW, NEVER -> WorkflowStage.FOLLOW_UP;
        };
    }

    private static Progress scheduled(WorkflowStage stage, IntentClass cls, int attempts, int unanswered, Instant base, DialingTimes times) {
        Instant next = base == null ? null : times.earliest(base);
        return new Progress(stage, cls, attempts, unanswered, next, next == null ? StopReason.CAMPAIGN_ENDED : null);
    }
}
