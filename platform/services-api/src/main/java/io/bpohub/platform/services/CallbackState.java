package io.bpohub.platform.services;

/** BOOKED until due, then DUE (shown, derived), TAKEN by someone, DONE; MISSED when nobody took it within a day. */
public enum CallbackState {
    BOOKED, DUE, TAKEN, DONE, MISSED
}
