package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AbandonTally;
import io.bpohub.api.dialer.PastAnswer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A campaign's live answers and abandons with their times, counted exactly over sliding windows, and the abandon
 * budget the dialer may still put at risk. An abandoned call counts at the moment the person answered, like its
 * answer, so every window holds the answers of its abandons.
 */
final class AbandonLedger {
    /**
     * Windows slide: answers from a window's start leave it while new ones come in, so a window can pass the limit
     * with no new abandon when fewer calls are answered now than a day ago. The budget counts only answers that stay
     * in the windows this long (beyond the ring time of a call placed now)...
     */
    static final Duration SLIDE_MARGIN = Duration.ofMinutes(10);
    /**
     * ...and keeps this many standard deviations of the window's answer count (as a Poisson count) in reserve for
     * answer volume falling short of the volume leaving the window: about 7 % of a day's answers for a 5-agent team,
     * 2.5 % for 50 agents.
     */
    static final double VOLUME_RESERVE_SD = 2;

    private final AbandonPolicy policy;
    private final ZoneId zone;
    /** How far ahead the budget holds: the latest answer time of a call placed now, plus the slide margin. */
    private final Duration horizon;
    /** The limit as the fraction limitNumerator / limitDenominator, for exact integer comparisons. */
    private final long limitNumerator;
    private final long limitDenominator;
    private final TimestampLog answers = new TimestampLog();
    private final TimestampLog abandons = new TimestampLog();
    private LocalDate placedOn;
    private long placedToday;

    AbandonLedger(AbandonPolicy policy, ZoneId zone, Duration ringTimeout) {
        this.policy = policy;
        this.zone = zone;
        this.horizon = ringTimeout.plus(SLIDE_MARGIN);
        BigDecimal limit = policy.limit().stripTrailingZeros();
        if (limit.scale() < 0) limit = limit.setScale(0);
        limitNumerator = limit.unscaledValue().longValueExact();
        limitDenominator = BigDecimal.ONE.scaleByPowerOfTen(limit.scale()).longValueExact();
    }

    void placed(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        if (!day.equals(placedOn)) {
            placedOn = day;
            placedToday = 0;
        }
        placedToday++;
    }

    /** The campaign's live answers from before this run, counted as if this run had them: a restart gets no fresh budget. */
    void remember(List<PastAnswer> past, Instant now) {
        long[] answered = past.stream().mapToLong(a -> a.answeredAt().toEpochMilli()).sorted().toArray();
        long[] lost = past.stream().filter(PastAnswer::abandoned).mapToLong(a -> a.answeredAt().toEpochMilli()).sorted().toArray();
        for (long at : answered) answers.add(at);
        for (long at : lost) abandons.add(at);
        forgetBefore(now);
    }

    void answered(Instant at) {
        answers.add(at.toEpochMilli());
        forgetBefore(at);
    }

    /** A call answered at {@code answeredAt} was abandoned. */
    void abandoned(Instant answeredAt) {
        abandons.add(answeredAt.toEpochMilli());
    }

    long placedToday(Instant now) {
        return now.atZone(zone).toLocalDate().equals(placedOn) ? placedToday : 0;
    }

    /** Since midnight in the campaign's time zone. */
    AbandonTally today(Instant now) {
        long midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
        return tallyAfter(midnight - 1);
    }

    /** Over the window of {@code length} ending now: (now - length, now]. */
    AbandonTally window(Instant now, Duration length) {
        return tallyAfter(now.toEpochMilli() - length.toMillis());
    }

    /**
     * How many calls may be in flight beyond the ready agents, each of which could end abandoned, while both windows
     * stay within the limit even if every one of them is abandoned; negative when a window is already over it.
     * {@code waiting} of the calls in flight were answered already (they are in the answer count and would add an
     * abandon only). Answers that leave a window within the horizon are not counted, nor a reserve for answer volume
     * falling short, so the bound holds for every window ending until then even if no other call is answered, and
     * later ones unless answers come in well below the volume leaving the windows.
     */
    long exposureAllowed(Instant now, int waiting) {
        return Math.min(exposureAllowed(now, policy.shortWindow(), waiting), exposureAllowed(now, policy.longWindow(), waiting));
    }

    private long exposureAllowed(Instant now, Duration window, int waiting) {
        long nowMillis = now.toEpochMilli();
        long staying = answers.countAfter(nowMillis + horizon.toMillis() - window.toMillis());
        long answered = staying - (long) Math.ceil(VOLUME_RESERVE_SD * Math.sqrt(staying));
        long abandoned = abandons.countAfter(nowMillis - window.toMillis());
        long num = limitNumerator;
        long den = limitDenominator;
        // up to `waiting` abandons add to the abandon count only: abandoned + e <= limit * answered
        long slack = num * answered - abandoned * den;
        if (slack < 0) return -1;
        long withinWaiting = Math.floorDiv(slack, den);
        if (withinWaiting <= waiting) return withinWaiting;
        // beyond them each abandon is also a new answer: abandoned + e <= limit * (answered + e - waiting)
        return Math.floorDiv(num * (answered - waiting) - abandoned * den, den - num);
    }

    private AbandonTally tallyAfter(long millis) {
        return new AbandonTally(answers.countAfter(millis), abandons.countAfter(millis));
    }

    private void forgetBefore(Instant now) {
        // nothing older than the long window is ever counted again
        long oldest = now.toEpochMilli() - policy.longWindow().toMillis();
        answers.evictBefore(oldest);
        abandons.evictBefore(oldest);
    }
}
