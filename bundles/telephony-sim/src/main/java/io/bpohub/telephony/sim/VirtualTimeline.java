package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.Timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A discrete-event clock: time stands still while tasks run and jumps to the next scheduled task, so a month of
 * calls runs in seconds through the same code as the demo. Single-threaded: schedule and run from one thread
 * (normally from inside tasks). A task that throws stops {@link #runUntil}/{@link #runAll} with that exception
 * after the clock has moved to the task's time; the remaining tasks stay scheduled.
 */
public final class VirtualTimeline implements Timeline {
    private final PriorityQueue<TimelineTask> tasks = new PriorityQueue<>();
    private Instant now;
    private long sequence;
    private boolean running;

    public VirtualTimeline(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Scheduled schedule(Instant at, Runnable task) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(task, "task");
        TimelineTask scheduled = new TimelineTask(at.isBefore(now) ? now : at, sequence++, task);
        tasks.add(scheduled);
        return scheduled;
    }

    /**
     * Runs every task due at or before {@code end} (also those the tasks schedule on the way), in time order, then
     * sets the clock to {@code end}. Returns how many tasks ran.
     */
    public long runUntil(Instant end) {
        Objects.requireNonNull(end, "end");
        if (end.isBefore(now)) throw new IllegalArgumentException("the virtual clock is at " + now + " and does not go back to " + end);
        long ran = run(end);
        now = end;
        return ran;
    }

    /**
     * Runs tasks until none is left; the clock stops at the last one. Never returns while something reschedules
     * itself forever (e.g. a network with inbound arrivals): use {@link #runUntil} then.
     */
    public long runAll() {
        return run(Instant.MAX);
    }

    /** When the next task is due, or null when none is scheduled (cancelled tasks may still count). */
    public Instant nextTaskAt() {
        TimelineTask next = tasks.peek();
        return next == null ? null : next.at;
    }

    private long run(Instant end) {
        if (running) throw new IllegalStateException("the virtual timeline is already running (runUntil/runAll called from a task)");
        running = true;
        try {
            long ran = 0;
            for (TimelineTask next = tasks.peek(); next != null && !next.at.isAfter(end); next = tasks.peek()) {
                tasks.poll();
                now = next.at;
                if (next.runIfPending()) ran++;
            }
            return ran;
        } finally {
            running = false;
        }
    }
}
