package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.Timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The wall clock, for the demo and a running platform: one scheduler thread runs the tasks one at a time in
 * time order. Time comes from a monotonic clock anchored at creation, so it never jumps back when the system
 * clock is adjusted (tasks scheduled "now" from different threads keep their order). A task that throws is
 * logged and the next one runs.
 */
public final class RealTimeline implements Timeline, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RealTimeline.class.getName());
    private static final Duration JOIN_ON_CLOSE = Duration.ofSeconds(10);
    /** Bounds one wait of the scheduler, so a task in the far future does not overflow a nanosecond count. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final Instant origin = Instant.now();
    private final long originNanos = System.nanoTime();
    private final PriorityQueue<TimelineTask> tasks = new PriorityQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread scheduler;
    private long sequence;
    private boolean closed;

    public RealTimeline(String threadName) {
        scheduler = new Thread(this::runTasks, threadName);
        scheduler.setDaemon(true);
        scheduler.start();
    }

    @Override
    public Instant now() {
        return origin.plusNanos(System.nanoTime() - originNanos);
    }

    /** Throws {@link IllegalStateException} once the timeline is closed: a task that cannot run must not vanish silently. */
    @Override
    public Scheduled schedule(Instant at, Runnable task) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(task, "task");
        lock.lock();
        try {
            if (closed) throw new IllegalStateException("the timeline " + scheduler.getName() + " is closed");
            TimelineTask scheduled = new TimelineTask(at, sequence++, task);
            tasks.add(scheduled);
            changed.signal();
            return scheduled;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the caller is this timeline's scheduler thread, i.e. runs inside one of its tasks. */
    public boolean isSchedulerThread() {
        return Thread.currentThread() == scheduler;
    }

    /** Stops the scheduler: tasks not yet run are dropped, a running one finishes. Waits for it unless called from it. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            tasks.clear();
            changed.signal();
        } finally {
            lock.unlock();
        }
        if (isSchedulerThread()) return;
        try {
            scheduler.join(JOIN_ON_CLOSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runTasks() {
        for (TimelineTask task = nextDue(); task != null; task = nextDue()) {
            try {
                task.runIfPending();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "a task on timeline " + scheduler.getName() + " failed", e);
            }
        }
    }

    /** Waits for the earliest task to fall due and takes it; null once closed. */
    private TimelineTask nextDue() {
        lock.lock();
        try {
            while (!closed) {
                TimelineTask next = tasks.peek();
                if (next == null) {
                    changed.await();
                    continue;
                }
                Duration wait = Duration.between(now(), next.at);
                if (wait.isNegative() || wait.isZero()) return tasks.poll();
                changed.awaitNanos((wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT).toNanos());
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }
}
