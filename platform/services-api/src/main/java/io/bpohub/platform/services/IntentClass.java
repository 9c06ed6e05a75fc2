package io.bpohub.platform.services;

/** Purchase intent given at screening and changed at any later call. */
public enum IntentClass {
    BUY_NOW, INTERESTED, CONSIDERING, NOT_NOW,
    /** Stop calling; only feedback may still be collected. */
    NEVER
}
