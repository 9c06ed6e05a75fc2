package io.bpohub.platform.services;

import java.time.LocalTime;

/** A daily dialing window in the contact's local time, {@code start} inclusive, {@code end} exclusive, within one day. */
public record DialingWindow(LocalTime start, LocalTime end) {
    public boolean contains(LocalTime t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
