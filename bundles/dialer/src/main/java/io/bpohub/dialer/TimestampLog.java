package io.bpohub.dialer;

/**
 * Event times in milliseconds, counted over any window ending now (binary search). Times come nearly in order; one
 * earlier than the last is inserted in its place (a few entries move).
 */
final class TimestampLog {
    private long[] times = new long[256];
    private int head;
    private int tail;

    void add(long millis) {
        if (tail == times.length) {
            // drop the evicted head first; grow only when the live entries fill half the array
            int live = tail - head;
            long[] target = live * 2 > times.length ? new long[times.length * 2] : times;
            System.arraycopy(times, head, target, 0, live);
            times = target;
            head = 0;
            tail = live;
        }
        int at = firstAfter(millis);
        System.arraycopy(times, at, times, at + 1, tail - at);
        times[at] = millis;
        tail++;
    }

    /** Forgets entries before {@code millis}. */
    void evictBefore(long millis) {
        head = firstAfter(millis - 1);
    }

    /** How many entries are after {@code millis} (exclusive). */
    int countAfter(long millis) {
        return tail - firstAfter(millis);
    }

    /** The index of the first entry above {@code millis} (times repeat, so a plain binary search would not do). */
    private int firstAfter(long millis) {
        int low = head;
        int high = tail;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] <= millis) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
