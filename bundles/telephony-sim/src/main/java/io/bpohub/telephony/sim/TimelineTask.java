package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.Timeline;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A task on one of the simulator's timelines, ordered by (time, sequence) so that ties run in the order they
 * were scheduled. Running and cancelling race for the same flag, so a task either runs or is cancelled, never both.
 */
final class TimelineTask implements Timeline.Scheduled, Comparable<TimelineTask> {
    final Instant at;
    private final long sequence;
    private final Runnable action;
    private final AtomicBoolean settled = new AtomicBoolean();

    TimelineTask(Instant at, long sequence, Runnable action) {
        this.at = at;
        this.sequence = sequence;
        this.action = action;
    }

    @Override
    public boolean cancel() {
        return settled.compareAndSet(false, true);
    }

    /** Runs the task unless it was cancelled; says whether it ran. */
    boolean runIfPending() {
        if (!settled.compareAndSet(false, true)) return false;
        action.run();
        return true;
    }

    @Override
    public int compareTo(TimelineTask other) {
        int byTime = at.compareTo(other.at);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
