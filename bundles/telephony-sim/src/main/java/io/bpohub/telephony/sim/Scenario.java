package io.bpohub.telephony.sim;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How the simulated customers behave: who answers when, how long phones ring, what happens to calls nobody
 * answers, how long people talk and how long they wait. Immutable; built with {@link #builder()}, whose
 * defaults are the benchmark's scenario S1 (answer probability 0.30, ring 5-25 s, talk log-normal mean 90 s).
 */
public final class Scenario {
    private final double[] answerByHour;
    private final double[] weekdayFactor;
    private final ZoneId zone;
    private final Distribution ring;
    private final Distribution signalling;
    private final double busy;
    private final double noAnswer;
    private final double invalidNumber;
    private final Distribution talk;
    private final Distribution patience;
    private final Distribution machine;
    private final double[] inboundByHour;
    private final Distribution queuePatience;
    private final String inboundNumber;
    private final double agentEndsShare;
    private final Duration afterCallPatience;
    private final Duration defaultMessageLength;
    private final Map<String, Duration> messageLengths;
    private final DigitChooser digits;

    private Scenario(Builder b) {
        answerByHour = b.answerByHour.clone();
        weekdayFactor = b.weekdayFactor.clone();
        zone = b.zone;
        ring = b.ring;
        signalling = b.signalling;
        busy = b.busy;
        noAnswer = b.noAnswer;
        invalidNumber = b.invalidNumber;
        talk = b.talk;
        patience = b.patience;
        machine = b.machine;
        inboundByHour = b.inboundByHour.clone();
        queuePatience = b.queuePatience;
        inboundNumber = b.inboundNumber;
        agentEndsShare = b.agentEndsShare;
        afterCallPatience = b.afterCallPatience;
        defaultMessageLength = b.defaultMessageLength;
        messageLengths = Map.copyOf(b.messageLengths);
        digits = b.digits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The chance that a person answers a call placed at {@code at}: the hour's value times the weekday's factor, at most 1. */
    public double answerProbability(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return Math.min(1, answerByHour[local.getHour()] * weekdayFactor[local.getDayOfWeek().ordinal()]);
    }

    /** Mean inbound arrivals per hour at {@code at}. */
    double inboundPerHour(Instant at) {
        return inboundByHour[at.atZone(zone).getHour()];
    }

    /** The highest hourly inbound rate of the day (0: no inbound traffic). */
    double peakInboundPerHour() {
        return Arrays.stream(inboundByHour).max().orElse(0);
    }

    public Distribution talk() {
        return talk;
    }

    String inboundNumber() {
        return inboundNumber;
    }

    DigitChooser digits() {
        return digits;
    }

    /**
     * Whether the agent ends an inbound conversation, leaving the caller on the line. Always draws, whatever the
     * share, so that changing the share does not change what the caller draws afterwards (e.g. digits pressed).
     */
    boolean agentEnds(SplittableRandom random) {
        return random.nextDouble() < agentEndsShare;
    }

    /** How long an inbound caller stays on the line after the agent left, when nothing plays and no digits are collected. */
    Duration afterCallPatience() {
        return afterCallPatience;
    }

    /** How long the named recorded message plays. */
    Duration messageLength(String message) {
        return messageLengths.getOrDefault(message, defaultMessageLength);
    }

    /**
     * The fate of an outbound call. Every draw is made in the same order whatever the outcome, so the ring, talk
     * and patience of call n do not change with the hour it is placed; only whether it is answered does.
     */
    CallFate outboundFate(long index, SplittableRandom random, Instant start, Duration ringTimeout) {
        double personDraw = random.nextDouble();
        double mixDraw = random.nextDouble();
        Duration answerDelay = ring.sample(random);
        Duration toneDelay = signalling.sample(random);
        Duration talkTime = talk.sample(random);
        Duration personPatience = patience.sample(random);
        Duration machineTime = machine.sample(random);

        CallFate.Outcome outcome;
        if (personDraw < answerProbability(start)) outcome = CallFate.Outcome.PERSON;
        else if (mixDraw < busy) outcome = CallFate.Outcome.BUSY;
        else if (mixDraw < busy + noAnswer) outcome = CallFate.Outcome.NO_ANSWER;
        else if (mixDraw < busy + noAnswer + invalidNumber) outcome = CallFate.Outcome.INVALID_NUMBER;
        else outcome = CallFate.Outcome.MACHINE;

        Duration after = switch (outcome) {
            case PERSON, MACHINE -> answerDelay;
            case BUSY, INVALID_NUMBER -> toneDelay;
            case NO_ANSWER -> ringTimeout;
        };
        if (after.compareTo(ringTimeout) > 0) {
            outcome = CallFate.Outcome.NO_ANSWER;
            after = ringTimeout;
        }
        return new CallFate(index, outcome, after, talkTime, outcome == CallFate.Outcome.MACHINE ? machineTime : personPatience);
    }

    /** The fate of an inbound caller: a person, on the line at once, waiting up to the queue patience. */
    CallFate inboundFate(long index, SplittableRandom random) {
        Duration talkTime = talk.sample(random);
        Duration waiting = queuePatience.sample(random);
        return new CallFate(index, CallFate.Outcome.PERSON, Duration.ZERO, talkTime, waiting);
    }

    @Override
    public String toString() {
        return "Scenario[answer by hour " + Arrays.toString(answerByHour) + ", weekday factors " + Arrays.toString(weekdayFactor)
                + ", zone " + zone + ", ring " + ring + ", busy/no answer/invalid/machine " + busy + "/" + noAnswer + "/" + invalidNumber
                + "/" + (1 - busy - noAnswer - invalidNumber) + ", talk " + talk + ", patience " + patience + ", machine " + machine
                + ", inbound by hour " + Arrays.toString(inboundByHour) + ", queue patience " + queuePatience
                + ", agent ends " + agentEndsShare + ", after-call patience " + afterCallPatience + "]";
    }

    /** Builds a {@link Scenario}; every setter checks its values and says what is wrong. */
    public static final class Builder {
        private final double[] answerByHour = filled(24, 0.30);
        private final double[] weekdayFactor = filled(7, 1);
        private ZoneId zone = ZoneOffset.UTC;
        private Distribution ring = Distribution.uniform(Duration.ofSeconds(5), Duration.ofSeconds(25));
        private Distribution signalling = Distribution.uniform(Duration.ofSeconds(1), Duration.ofSeconds(3));
        private double busy = 0.15;
        private double noAnswer = 0.65;
        private double invalidNumber = 0.05;
        private Distribution talk = Distribution.lognormal(Duration.ofSeconds(90), 1.0);
        private Distribution patience = Distribution.lognormal(Duration.ofSeconds(6), 0.5);
        private Distribution machine = Distribution.constant(Duration.ofSeconds(30));
        private final double[] inboundByHour = new double[24];
        private Distribution queuePatience = Distribution.lognormal(Duration.ofSeconds(60), 1.0);
        private String inboundNumber = "+18005550100";
        private double agentEndsShare = 0.5;
        private Duration afterCallPatience = Duration.ofSeconds(30);
        private Duration defaultMessageLength = Duration.ofSeconds(4);
        private final Map<String, Duration> messageLengths = new HashMap<>(Map.of("safe-harbor", Duration.ofSeconds(4)));
        private DigitChooser digits = DigitChooser.silent();

        private Builder() {
        }

        /** The same chance that a person answers at every hour. */
        public Builder answerProbability(double probability) {
            Arrays.fill(answerByHour, probability("an answer probability", probability));
            return this;
        }

        /** A chance per hour of the day, 24 values from midnight (local time of {@link #zone}). */
        public Builder answerProbabilityByHour(double... byHour) {
            if (byHour.length != 24) throw new IllegalArgumentException("answer probabilities by hour need 24 values, got " + byHour.length);
            return answerProbabilityFrom(0, byHour);
        }

        /**
         * Chances for consecutive hours from {@code firstHour} on (wrapping at midnight); other hours keep their
         * value. The benchmark's S3 curve of 8 dialing hours from 09:00 is {@code answerProbabilityFrom(9, curve)}.
         */
        public Builder answerProbabilityFrom(int firstHour, double... probabilities) {
            if (firstHour < 0 || firstHour > 23) throw new IllegalArgumentException("an hour of the day is 0-23, got " + firstHour);
            if (probabilities.length == 0 || probabilities.length > 24) throw new IllegalArgumentException("1 to 24 hourly values, got " + probabilities.length);
            for (int i = 0; i < probabilities.length; i++) {
                answerByHour[(firstHour + i) % 24] = probability("the answer probability of hour " + (firstHour + i) % 24, probabilities[i]);
            }
            return this;
        }

        /** Multiplies the answer probability on {@code day} (golden days above 1, poor days below), capped at 1. */
        public Builder weekdayFactor(DayOfWeek day, double factor) {
            Objects.requireNonNull(day, "day");
            if (!(factor >= 0) || Double.isInfinite(factor)) throw new IllegalArgumentException("a weekday factor is finite and >= 0, got " + factor + " for " + day);
            weekdayFactor[day.ordinal()] = factor;
            return this;
        }

        /** The time zone of the hours and weekdays above and of inbound arrivals by hour. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** How long a phone rings before a person or machine answers, uniform (the benchmark's {@code ring_s}). */
        public Builder ringTime(Duration min, Duration max) {
            ring = Distribution.uniform(min, max);
            return this;
        }

        /** How long the network takes to report a busy line or an invalid number, uniform. */
        public Builder signallingTime(Duration min, Duration max) {
            signalling = Distribution.uniform(min, max);
            return this;
        }

        /** What happens to calls no person answers; the four shares sum to 1 (the benchmark's {@code outcomes_when_not_answered}). */
        public Builder whenNotAnswered(double busy, double noAnswer, double invalidNumber, double answeringMachine) {
            double[] shares = {probability("the busy share", busy), probability("the no-answer share", noAnswer),
                    probability("the invalid-number share", invalidNumber), probability("the answering-machine share", answeringMachine)};
            double sum = Arrays.stream(shares).sum();
            if (Math.abs(sum - 1) > 1e-9) throw new IllegalArgumentException("the shares of unanswered outcomes sum to 1, got " + sum);
            this.busy = busy;
            this.noAnswer = noAnswer;
            this.invalidNumber = invalidNumber;
            return this;
        }

        /** How long a person talks once connected to an agent (outbound and inbound). */
        public Builder talkTime(Distribution talk) {
            this.talk = Objects.requireNonNull(talk, "talk");
            return this;
        }

        /** How long a person who answered waits in silence for an agent before hanging up. */
        public Builder patience(Distribution patience) {
            this.patience = Objects.requireNonNull(patience, "patience");
            return this;
        }

        /** How long an answering machine stays on the line after answering before it hangs up. */
        public Builder machineTime(Distribution machine) {
            this.machine = Objects.requireNonNull(machine, "machine");
            return this;
        }

        /** Inbound calls per hour (Poisson), the same at every hour; 0 (the default) means none. */
        public Builder inboundPerHour(double perHour) {
            Arrays.fill(inboundByHour, rate("an inbound rate", perHour));
            return this;
        }

        /** Inbound calls per hour of the day (Poisson), 24 values from midnight. */
        public Builder inboundPerHourByHour(double... byHour) {
            if (byHour.length != 24) throw new IllegalArgumentException("inbound rates by hour need 24 values, got " + byHour.length);
            for (int hour = 0; hour < 24; hour++) inboundByHour[hour] = rate("the inbound rate of hour " + hour, byHour[hour]);
            return this;
        }

        /** How long an inbound caller waits, from arriving, for an agent before hanging up. */
        public Builder queuePatience(Distribution queuePatience) {
            this.queuePatience = Objects.requireNonNull(queuePatience, "queuePatience");
            return this;
        }

        /** The number inbound callers dial (E.164). */
        public Builder inboundNumber(String number) {
            if (number == null || !number.matches("\\+[1-9][0-9]{3,14}")) throw new IllegalArgumentException("an inbound number is E.164: " + number);
            this.inboundNumber = number;
            return this;
        }

        /**
         * The share of bridged inbound conversations the agent ends rather than the caller (default 0.5): the call
         * is UNBRIDGED and the caller stays on the line (for a survey). Outbound callers always hang up themselves.
         */
        public Builder agentEndsShare(double share) {
            agentEndsShare = probability("the share of conversations the agent ends", share);
            return this;
        }

        /**
         * How long an inbound caller stays on the line after the agent left before hanging up (default 30 s),
         * counted again after each message or digit collection, during which the caller always stays.
         */
        public Builder afterCallPatience(Duration patience) {
            afterCallPatience = positive(patience, "the after-call patience");
            return this;
        }

        /** How long the named message plays ({@code safe-harbor}: 4 s unless set). */
        public Builder message(String name, Duration length) {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("a message has a name");
            messageLengths.put(name, positive(length, "the length of message " + name));
            return this;
        }

        /** How long messages not set with {@link #message} play (4 s unless set), e.g. {@code queue-position-3} or {@code survey}. */
        public Builder defaultMessageLength(Duration length) {
            defaultMessageLength = positive(length, "a message length");
            return this;
        }

        /** The keys callers press when the platform collects digits (default: none). */
        public Builder digits(DigitChooser digits) {
            this.digits = Objects.requireNonNull(digits, "digits");
            return this;
        }

        public Scenario build() {
            return new Scenario(this);
        }

        private static double[] filled(int length, double value) {
            double[] values = new double[length];
            Arrays.fill(values, value);
            return values;
        }

        private static double probability(String what, double value) {
            if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(what + " is between 0 and 1, got " + value);
            return value;
        }

        private static double rate(String what, double value) {
            if (!(value >= 0) || Double.isInfinite(value)) throw new IllegalArgumentException(what + " is finite and >= 0, got " + value);
            return value;
        }

        private static Duration positive(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero()) throw new IllegalArgumentException(what + " is positive, got " + value);
            return value;
        }
    }
}
