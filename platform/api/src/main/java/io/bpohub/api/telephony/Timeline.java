package io.bpohub.api.telephony;

import java.time.Instant;

/**
 * The clock calls run on, and the scheduler that drives them. A production gateway runs on real time; the
 * simulator can also run on a virtual clock that jumps from one scheduled task to the next, so a 30-day
 * campaign runs in seconds through the same code as the demo. Whoever paces calls (the dialer) schedules
 * its work here, never on its own clock or threads, so that it sees the same time as the network.
 * <p>
 * Tasks run one at a time in time order (ties in the order they were scheduled).
 */
public interface Timeline {
    Instant now();

    /** Runs {@code task} at {@code at} (at once, in order, if {@code at} has passed). */
    Scheduled schedule(Instant at, Runnable task);

    /** A scheduled task. */
    interface Scheduled {
        /** Whether the task was cancelled before it ran. */
        boolean cancel();
    }
}
