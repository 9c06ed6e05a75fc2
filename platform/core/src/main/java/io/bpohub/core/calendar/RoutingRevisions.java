package io.bpohub.core.calendar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter per owner that changes whenever its calendar or routing policy changes. It starts from
 * the start time of this core, so caches kept elsewhere are invalidated by a restart of the core too.
 */
final class RoutingRevisions {
    private final long base = System.currentTimeMillis() << 16;
    private final Map<String, AtomicLong> revisions = new ConcurrentHashMap<>();

    long revision(String owner) {
        return revisions.computeIfAbsent(owner, o -> new AtomicLong(base)).get();
    }

    void bump(String owner) {
        revisions.computeIfAbsent(owner, o -> new AtomicLong(base)).incrementAndGet();
    }
}
