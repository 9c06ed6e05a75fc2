package io.bpohub.api.dialer;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * An answered inbound call to queue for a campaign's agents ({@link DialerRun#enqueue}).
 *
 * @param callId        the gateway's call, answered
 * @param queue         the queue's name (reports, the agent's screen)
 * @param contactId     the contact the caller's number belongs to, or null: it pops up on the agent's screen
 * @param skills        every skill the agent who takes it must have (may be empty)
 * @param announceEvery how often the caller hears the position and the expected wait while queued; null for never
 * @param overflowAfter how long the caller waits at most before {@link QueueListener#overflowed}; null for as long as the caller stays
 * @param priority      1 to 9: an agent who could take several waiting callers takes the highest priority first, and
 *                      among equals the one waiting longest (a VIP line, a complaints queue before sales)
 * @param callbackOffer the offer to be called back instead of waiting, or null for none
 */
public record QueuedCall(String callId, String queue, String contactId, Set<String> skills, Duration announceEvery,
                         Duration overflowAfter, int priority, CallbackOffer callbackOffer) {
    /** The priority of a queue that names none. */
    public static final int DEFAULT_PRIORITY = 5;

    /** A call of the default priority. */
    public QueuedCall(String callId, String queue, String contactId, Set<String> skills, Duration announceEvery, Duration overflowAfter) {
        this(callId, queue, contactId, skills, announceEvery, overflowAfter, DEFAULT_PRIORITY);
    }

    /** A call with no callback offer. */
    public QueuedCall(String callId, String queue, String contactId, Set<String> skills, Duration announceEvery, Duration overflowAfter,
                      int priority) {
        this(callId, queue, contactId, skills, announceEvery, overflowAfter, priority, null);
    }

    public QueuedCall {
        if (priority < 1 || priority > 9) throw new IllegalArgumentException("a queue's priority is 1 to 9, not " + priority);
        if (callId == null || callId.isBlank()) throw new IllegalArgumentException("a queued call has the gateway's call id");
        if (queue == null || queue.isBlank()) throw new IllegalArgumentException("a queued call names its queue");
        skills = Set.copyOf(Objects.requireNonNull(skills, "skills"));
        if (announceEvery != null && announceEvery.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new IllegalArgumentException("announcements come at most every 5 seconds, not every " + announceEvery);
        }
        if (overflowAfter != null && (overflowAfter.isNegative() || overflowAfter.isZero())) throw new IllegalArgumentException("an overflow time is positive");
    }

    /** The name of the message that tells the caller their position ({@code queue-position-3}). */
    public static String positionMessage(int position) {
        return "queue-position-" + position;
    }

    /** The name of the message that tells the caller the expected wait in whole minutes, at least one ({@code queue-wait-2}). */
    public static String waitMessage(long minutes) {
        return "queue-wait-" + Math.max(1, minutes);
    }

    /** The name of the message that announces the agent who picked up, by the agent's public number ({@code agent-id-1042}). */
    public static String agentMessage(long agentNumber) {
        return "agent-id-" + agentNumber;
    }
}
