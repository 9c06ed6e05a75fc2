package io.bpohub.dialer;

import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.DialTarget;
import io.bpohub.api.dialer.NumberSupply;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Numbers from a sequence, with targets put back offered again from their time on (earliest first, before fresh
 * ones): for demos, tests and benchmarks on the simulator; the platform's own supply follows its cadence.
 */
public final class InMemoryNumberSupply implements NumberSupply {
    private record PutBack(DialTarget target, Instant notBefore, long order) {
    }

    private final Iterator<DialTarget> fresh;
    private final PriorityQueue<PutBack> putBack = new PriorityQueue<>(
            Comparator.comparing(PutBack::notBefore).thenComparingLong(PutBack::order));
    private final Consumer<CallRecord> completed;
    private long order;

    /** @param completed hears each completed call (cadence, tests); may do nothing */
    public InMemoryNumberSupply(Iterator<DialTarget> targets, Consumer<CallRecord> completed) {
        this.fresh = Objects.requireNonNull(targets, "targets");
        this.completed = Objects.requireNonNull(completed, "completed");
    }

    /** Endless distinct numbers +15550000000, +15550000001... for contacts c0, c1... */
    public static InMemoryNumberSupply endless() {
        return new InMemoryNumberSupply(new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public DialTarget next() {
                long n = next++;
                return new DialTarget("c" + n, String.format("+1555%07d", n));
            }
        }, record -> { });
    }

    @Override
    public DialTarget next(Instant now) {
        PutBack due = putBack.peek();
        if (due != null && !due.notBefore().isAfter(now)) return putBack.poll().target();
        return fresh.hasNext() ? fresh.next() : null;
    }

    @Override
    public void putBack(DialTarget target, Instant notBefore) {
        putBack.add(new PutBack(target, notBefore, order++));
    }

    @Override
    public void completed(CallRecord record) {
        completed.accept(record);
    }
}
