package io.bpohub.platform.services;

/** The four telemarketing stages plus the two ends: an order (WON) or a wrong number (DROPPED). */
public enum WorkflowStage {
    SCREENING, FOLLOW_UP, RESOLVING, CLOSING, WON, DROPPED;

    public boolean isFinal() {
        return this == WON || this == DROPPED;
    }
}
