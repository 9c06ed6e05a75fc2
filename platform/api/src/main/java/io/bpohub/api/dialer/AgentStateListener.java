package io.bpohub.api.dialer;

/** Hears every agent state change, on the gateway's timeline; must not block (store it, or queue it for storing). */
@FunctionalInterface
public interface AgentStateListener {
    void changed(AgentStateChange change);
}
