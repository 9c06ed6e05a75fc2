package io.bpohub.api.dialer;

import java.time.Duration;

/**
 * One campaign being dialled, and its agents. Safe to call from any thread: the work is handed to the gateway's
 * timeline. Agent operations answer {@link IllegalStateException} with what is wrong (unknown agent, a state the
 * change does not apply to).
 */
public interface DialerRun extends AutoCloseable {
    CampaignPlan plan();

    /** The agent joins, ready for calls; {@code endpoint} is their phone or softphone at the gateway. */
    void login(String agentId, String endpoint, Duration wrapUp);

    /** Ready for calls (from paused, or from wrap-up before its timeout). */
    void ready(String agentId);

    void pause(String agentId, String reason);

    /** Leaves the campaign; an agent on a call leaves when the call and its wrap-up end. */
    void logout(String agentId);

    /** The campaign's figures now (agents by state, calls in flight, abandon tallies). */
    PacingSnapshot snapshot();

    /** Stops placing calls and logs the agents out; calls in progress end normally and are recorded. */
    @Override
    void close();
}
