package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallParty;
import org.junit.BeforeClass;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import static io.bpohub.telephony.sim.SimulatedNetworkTest.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * 100,000 calls over a week of dialing hours (09:00-17:00 Berlin) on the virtual clock, S3's hour curve, Saturday
 * at half the chance and nobody answering on Sunday: every observed frequency and mean lies within 4 standard
 * deviations of what the scenario says.
 */
public class OutcomeStatisticsTest {
    private static final int CALLS = 100_000;
    private static final int CALLS_PER_DAY = 14_400;
    private static final Duration SPACING = Duration.ofSeconds(2);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant MONDAY_9 = Instant.parse("2026-03-02T08:00:00Z");
    private static final double[] CURVE = {0.08, 0.12, 0.20, 0.25, 0.15, 0.22, 0.35, 0.30};
    private static final Scenario SCENARIO = Scenario.builder().zone(ZONE).answerProbabilityFrom(9, CURVE)
            .weekdayFactor(DayOfWeek.SATURDAY, 0.5).weekdayFactor(DayOfWeek.SUNDAY, 0).build();
    private static final Map<CallFate.Outcome, Double> SHARE_WHEN_NOT_ANSWERED = Map.of(
            CallFate.Outcome.BUSY, 0.15, CallFate.Outcome.NO_ANSWER, 0.65, CallFate.Outcome.INVALID_NUMBER, 0.05, CallFate.Outcome.MACHINE, 0.15);

    private static final Map<CallFate.Outcome, Tally> outcomes = new EnumMap<>(CallFate.Outcome.class);
    private static final Tally[] peopleByHour = new Tally[24];
    private static final Tally sundayPeople = new Tally();
    private static final Sample ring = new Sample();
    private static final Sample talk = new Sample();
    private static final Map<String, Instant> started = new HashMap<>();
    private static final Map<String, Instant> bridgedAt = new HashMap<>();

    @BeforeClass
    public static void placeTheCalls() {
        for (CallFate.Outcome outcome : CallFate.Outcome.values()) outcomes.put(outcome, new Tally());
        for (int hour = 0; hour < 24; hour++) peopleByHour[hour] = new Tally();
        VirtualTimeline timeline = new VirtualTimeline(MONDAY_9);
        SimulatedNetwork network = new SimulatedNetwork(timeline, SCENARIO, 2026);
        network.listen(event -> observe(network, event));
        for (int i = 0; i < CALLS; i++) {
            Instant at = MONDAY_9.plus(Duration.ofDays(i / CALLS_PER_DAY)).plus(SPACING.multipliedBy(i % CALLS_PER_DAY));
            timeline.schedule(at, () -> expect(SCENARIO.answerProbability(at), at, network.originate(call("stats"))));
        }
        timeline.runAll();
    }

    private static void expect(double person, Instant at, String callId) {
        started.put(callId, at);
        outcomes.get(CallFate.Outcome.PERSON).expect(person);
        SHARE_WHEN_NOT_ANSWERED.forEach((outcome, share) -> outcomes.get(outcome).expect((1 - person) * share));
        if (at.atZone(ZONE).getDayOfWeek() == DayOfWeek.SUNDAY) sundayPeople.expect(person);
        else peopleByHour[at.atZone(ZONE).getHour()].expect(person);
    }

    private static void observe(SimulatedNetwork network, CallEvent event) {
        Instant start = started.get(event.callId());
        switch (event.type()) {
            case ANSWERED -> {
                ring.add(seconds(start, event.at()));
                if ("machine".equals(event.detail())) {
                    outcomes.get(CallFate.Outcome.MACHINE).observe();
                    network.hangup(event.callId(), CallParty.PLATFORM);
                    return;
                }
                outcomes.get(CallFate.Outcome.PERSON).observe();
                if (start.atZone(ZONE).getDayOfWeek() == DayOfWeek.SUNDAY) sundayPeople.observe();
                else peopleByHour[start.atZone(ZONE).getHour()].observe();
                network.bridge(event.callId(), "agent");
                bridgedAt.put(event.callId(), event.at());
            }
            case BUSY -> outcomes.get(CallFate.Outcome.BUSY).observe();
            case NO_ANSWER -> outcomes.get(CallFate.Outcome.NO_ANSWER).observe();
            case INVALID_NUMBER -> outcomes.get(CallFate.Outcome.INVALID_NUMBER).observe();
            case HUNG_UP -> {
                Instant bridged = bridgedAt.remove(event.callId());
                if (bridged != null && event.party() == CallParty.CUSTOMER) talk.add(seconds(bridged, event.at()));
            }
            default -> { }
        }
        if (event.type().isFinal()) started.remove(event.callId());
    }

    @Test
    public void outcomesFollowTheHourCurveTheWeekdayFactorsAndTheUnansweredMix() {
        long total = outcomes.values().stream().mapToLong(t -> t.observed).sum();
        assertEquals("every call reached an outcome", CALLS, total);
        outcomes.forEach((outcome, tally) -> tally.assertWithin4Sigma(outcome.toString()));
        assertTrue("people answer at all", outcomes.get(CallFate.Outcome.PERSON).observed > 10_000);
    }

    @Test
    public void eachDialingHourHasItsOwnAnswerRate() {
        for (int i = 0; i < CURVE.length; i++) peopleByHour[9 + i].assertWithin4Sigma("people answering at " + (9 + i) + ":00");
    }

    @Test
    public void nobodyAnswersOnSunday() {
        assertEquals(0, sundayPeople.observed);
        assertEquals(0, sundayPeople.expected, 0);
    }

    @Test
    public void ringTimesStayWithinTheirBoundsAndAverageTheMiddle() {
        assertTrue("shortest ring " + ring.min, ring.min >= 5);
        assertTrue("longest ring " + ring.max, ring.max <= 25);
        ring.assertMeanWithin4Sigma(15, 20 / Math.sqrt(12), "ring time");
    }

    @Test
    public void talkTimesAverageTheScenarioMean() {
        assertTrue("enough conversations: " + talk.n, talk.n > 10_000);
        talk.assertMeanWithin4Sigma(90, 90, "talk time");
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** A count of independent yes/no trials with known chances: expected count and variance. */
    private static final class Tally {
        long observed;
        double expected;
        double variance;

        void expect(double probability) {
            expected += probability;
            variance += probability * (1 - probability);
        }

        void observe() {
            observed++;
        }

        void assertWithin4Sigma(String what) {
            double sigma = Math.sqrt(variance);
            assertTrue(what + ": observed " + observed + ", expected " + expected + " ± 4 × " + sigma,
                    Math.abs(observed - expected) <= 4 * sigma);
        }
    }

    private static final class Sample {
        long n;
        double sum;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;

        void add(double value) {
            n++;
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }

        void assertMeanWithin4Sigma(double mean, double standardDeviation, String what) {
            double observed = sum / n;
            double tolerance = 4 * standardDeviation / Math.sqrt(n);
            assertTrue(what + ": mean " + observed + ", expected " + mean + " ± " + tolerance, Math.abs(observed - mean) <= tolerance);
        }
    }
}
