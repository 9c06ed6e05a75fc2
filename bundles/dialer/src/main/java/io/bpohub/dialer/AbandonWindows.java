package io.bpohub.dialer;

import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The abandon rate of a campaign's calls over rolling windows, exactly, from its call records: each live-answered
 * call counts at its answer, abandoned ones too (as the dialer's budget counts them), for reports and benchmarks.
 */
public final class AbandonWindows {
    private AbandonWindows() {
    }

    /**
     * The highest abandoned / live-answered over every window (end - length, end] with end at or before {@code until}.
     * The rate only rises where an abandon comes in or an answer leaves, so those ends are the ones evaluated.
     */
    public static double worstRate(Collection<CallRecord> records, Duration length, Instant until) {
        long[] answers = answerTimes(records, false);
        long[] abandons = answerTimes(records, true);
        long window = length.toMillis();
        long last = until.toEpochMilli();
        return Math.max(worstEndingAt(abandons, 0, answers, abandons, window, last),
                worstEndingAt(answers, window, answers, abandons, window, last));
    }

    /** The worst rate over the windows ending at each of {@code times} plus {@code shift}, up to {@code last}. */
    private static double worstEndingAt(long[] times, long shift, long[] answers, long[] abandons, long window, long last) {
        double worst = 0;
        for (long time : times) {
            long end = time + shift;
            if (end > last) break;
            long answered = countIn(answers, end - window, end);
            if (answered > 0) worst = Math.max(worst, (double) countIn(abandons, end - window, end) / answered);
        }
        return worst;
    }

    private static long[] answerTimes(Collection<CallRecord> records, boolean abandonedOnly) {
        return records.stream()
                .filter(r -> abandonedOnly ? r.outcome() == CallOutcome.ABANDONED : r.outcome().isLiveAnswer())
                .mapToLong(r -> r.answeredAt().toEpochMilli())
                .sorted()
                .toArray();
    }

    /** Entries in (from, to]. */
    private static long countIn(long[] sorted, long from, long to) {
        return firstAbove(sorted, to) - firstAbove(sorted, from);
    }

    private static int firstAbove(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
