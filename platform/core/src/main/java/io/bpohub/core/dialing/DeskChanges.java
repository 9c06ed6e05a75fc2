package io.bpohub.core.dialing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Each agent's desk version, moved on at every change the desk shows (a state, a hold, a consultation, a caller
 * recorded), and the requests waiting for the next one: the desk is pushed to the agent's screen by long polling
 * instead of being asked for every second. Waiters are completed on a thread of their own, never on the gateway's
 * timeline that reports the changes (what a waiter does next may take a database round trip).
 */
final class DeskChanges implements AutoCloseable {
    /** Requests one desk may keep waiting (tabs, reconnects); beyond, the oldest is answered at once with the desk as it is. */
    static final int MOST_WAITING = 8;

    private static final class Watch {
        long version;
        final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    }

    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bpohub-desk-changes");
        t.setDaemon(true);
        return t;
    });

    /** The version of the agent's desk now. */
    long version(String tenant, String agent) {
        Watch w = watch(tenant, agent);
        synchronized (w) {
            return w.version;
        }
    }

    /** The agent's desk changed: a new version, and every request waiting for one is answered. */
    void changed(String tenant, String agent) {
        Watch w = watch(tenant, agent);
        List<CompletableFuture<Void>> done;
        synchronized (w) {
            w.version++;
            done = new ArrayList<>(w.waiting);
            w.waiting.clear();
        }
        if (!done.isEmpty()) notifier.execute(() -> done.forEach(f -> f.complete(null)));
    }

    /** Completes when the agent's desk is at another version than {@code version}: at once if it is already. */
    CompletableFuture<Void> after(String tenant, String agent, long version) {
        Watch w = watch(tenant, agent);
        CompletableFuture<Void> next = new CompletableFuture<>();
        CompletableFuture<Void> oldest = null;
        synchronized (w) {
            if (w.version != version) return CompletableFuture.completedFuture(null);
            if (w.waiting.size() >= MOST_WAITING) oldest = w.waiting.poll();
            w.waiting.add(next);
            // a request given up (timed out, the agent left the page) leaves the queue
            next.whenComplete((v, e) -> {
                synchronized (w) {
                    w.waiting.remove(next);
                }
            });
        }
        if (oldest != null) oldest.complete(null);
        return next;
    }

    private Watch watch(String tenant, String agent) {
        return watches.computeIfAbsent(tenant + "/" + agent, k -> new Watch());
    }

    @Override
    public void close() {
        notifier.shutdownNow();
    }
}
