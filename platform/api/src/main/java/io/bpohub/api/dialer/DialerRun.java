package io.bpohub.api.dialer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One campaign being dialled, and its agents. Safe to call from any thread: the work is handed to the gateway's
 * timeline. Agent operations answer {@link IllegalStateException} with what is wrong (unknown agent, a state the
 * change does not apply to).
 */
public interface DialerRun extends AutoCloseable {
    CampaignPlan plan();

    /** The agent joins, ready for calls; {@code endpoint} is their phone or softphone at the gateway. */
    default void login(String agentId, String endpoint, Duration wrapUp) {
        login(agentId, endpoint, wrapUp, Set.of());
    }

    /**
     * The agent joins with {@code skills}: an inbound call goes only to an agent who has every skill it needs
     * ({@link QueuedCall#skills()}); outbound calls need none.
     */
    void login(String agentId, String endpoint, Duration wrapUp, Set<String> skills);

    /** Ready for calls (from paused, or from wrap-up before its timeout). */
    void ready(String agentId);

    void pause(String agentId, String reason);

    /** Leaves the campaign; an agent on a call leaves when the call and its wrap-up end. */
    void logout(String agentId);

    /**
     * Moves the call the agent is on (outbound or inbound) to {@code target}: another agent of this run, by id, who
     * must be ready or consulted on this call (that agent is then on the call, with its contact), or an outside number
     * (E.164). The agent goes
     * to wrap-up; the call's record is made when it ends, as for any call, and names the agent who took it first.
     *
     * @throws IllegalStateException the agent is on no call, the target agent is not ready, or the gateway refused
     */
    void transfer(String agentId, String target);

    /**
     * The agent's call leaves the agent for the platform, which queues it elsewhere (another campaign's queue): the
     * gateway takes the agent off the call (UNBRIDGED; the caller stays on the line) and the agent goes to wrap-up. The
     * call's record is made when it ends, as for any call, and names this agent.
     *
     * @throws IllegalStateException the agent is on no call, or the gateway refused
     * @since 1.3.0
     */
    void release(String agentId);

    /**
     * An attended transfer's first half: the caller of the agent's call is held while the agent talks to {@code target}
     * (a ready agent of this run, by id, who is reserved for it with the call's contact on screen; or an outside
     * number). Then {@link #transfer} to the same target hands the call over, or {@link #endConsultation} puts the
     * agent back with the caller.
     *
     * @throws IllegalStateException the agent is on no call or consulting already, the target agent is not ready, or
     *                               the gateway refused (a gateway without consultations)
     * @since 1.3.0
     */
    void consult(String agentId, String target);

    /**
     * Ends the agent's consultation: the agent is back with the caller, a colleague consulted is ready again.
     *
     * @throws IllegalStateException the agent is consulting nobody
     * @since 1.3.0
     */
    void endConsultation(String agentId);

    /**
     * Queues an answered inbound call for the campaign's agents; returns at once (the call is queued on the
     * gateway's timeline, so this may be called from a call event listener). The ready agent idle longest who has
     * the call's skills gets it; callers waiting longest are served first, after any outbound call that is waiting
     * for an agent (the connect-time rule). The listener hears what becomes of it on the timeline.
     */
    void enqueue(QueuedCall call, QueueListener listener);

    /**
     * The tenant's abandon rules changed: the run follows {@code policy} from now on (limit, windows, connect time for
     * calls answered from now, safe-harbor message, no-redial time). Its windows are counted again under the new
     * lengths from {@code recordedSince} (the campaign's recorded live answers since the instant it is given, asked on
     * the gateway's timeline, so no call that ends meanwhile is missed) and the calls still in progress. {@link #plan()}
     * names the new rules.
     *
     * @since 1.3.0
     */
    void follow(AbandonPolicy policy, Function<Instant, List<PastAnswer>> recordedSince);

    /** The campaign's figures now (agents by state, calls in flight, abandon tallies). */
    PacingSnapshot snapshot();

    /** Stops placing calls and logs the agents out; calls in progress end normally and are recorded. */
    @Override
    void close();
}
