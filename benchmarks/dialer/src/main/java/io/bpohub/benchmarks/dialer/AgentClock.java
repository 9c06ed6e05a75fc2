package io.bpohub.benchmarks.dialer;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.AgentStateListener;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Adds up the agents' time by state from their state changes: logged in, busy (talk + wrap-up), idle before each call. */
final class AgentClock implements AgentStateListener {
    /** When each agent entered its current state. */
    private final Map<String, Instant> entered = new HashMap<>();
    private long loggedInMillis;
    private long busyMillis;
    private long idleBeforeCallMillis;
    private long idlePeriods;

    @Override
    public void changed(AgentStateChange change) {
        Instant since = entered.put(change.agentId(), change.at());
        if (change.from() == AgentState.LOGGED_OUT) return;
        long spent = Duration.between(since, change.at()).toMillis();
        loggedInMillis += spent;
        if (change.from() == AgentState.ON_CALL || change.from() == AgentState.WRAP_UP) busyMillis += spent;
        if (change.from() == AgentState.READY && change.to() == AgentState.ON_CALL) {
            idleBeforeCallMillis += spent;
            idlePeriods++;
        }
    }

    double loggedInHours() {
        return loggedInMillis / 3_600_000.0;
    }

    /** (talk + wrap-up) / logged-in time. */
    double occupancy() {
        return loggedInMillis == 0 ? 0 : (double) busyMillis / loggedInMillis;
    }

    /** The mean time an agent waited, ready, for the next call. */
    double meanWaitSeconds() {
        return idlePeriods == 0 ? 0 : idleBeforeCallMillis / 1000.0 / idlePeriods;
    }
}
