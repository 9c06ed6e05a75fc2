package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventListener;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.telephony.MonitorMode;
import io.bpohub.api.telephony.OriginateRequest;
import io.bpohub.api.telephony.TelephonyException;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.api.telephony.Timeline;
import io.bpohub.telephony.sim.SimulatedCall.State;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A simulated phone network behind the telephony SPI, driven entirely by its {@link Timeline} (virtual for
 * benchmarks and tests, real for the demo).
 * <p>
 * <b>Reproducible.</b> The fate of the n-th originated call (answered by a person or a machine, busy, no answer,
 * invalid number; ring, talk and patience times) comes from a generator seeded by (seed, n) alone, and the
 * answer chance from the hour of its start: two dialers placing calls in the same order meet the same customers,
 * whatever else they do. {@link #fateOf} tells a call's fate in advance (the benchmark's clairvoyant bound).
 * <p>
 * <b>Calls.</b> An outbound call reports RINGING at once, then after its ring time ANSWERED, ANSWERING_MACHINE
 * (only when the request asked to detect machines; otherwise a machine answer is ANSWERED with detail
 * {@code machine}), BUSY or INVALID_NUMBER (after the signalling time), or NO_ANSWER at the ring timeout. A
 * person who answered waits {@link CallFate#patience()} for an agent, then hangs up (CUSTOMER); once bridged,
 * the person talks {@link CallFate#talk()} (not counting hold) and hangs up. A machine hangs up its patience
 * after answering whatever the platform does. Inbound calls (Poisson arrivals by hour) report INBOUND; the
 * caller hangs up after the queue patience, counted from arrival, unless bridged by then. When an inbound
 * conversation's talk time ends, the agent leaves first with the scenario's {@link Scenario.Builder#agentEndsShare
 * share}: UNBRIDGED, and the caller stays on the line, answered, for the after-call patience (not counting
 * messages and digit collections) unless the platform plays to, bridges or hangs up the call.
 * <p>
 * <b>Events</b> go to every listener from a task on the timeline (never inside the operation that caused them),
 * in the order they happened, with the originate request's tag. A listener that throws is logged and skipped.
 * <p>
 * <b>Close</b> (bundle stop or redeploy) hangs up every live call with party NETWORK and delivers those events,
 * and any still pending, to the listeners before it returns, so the platform can close its call records;
 * afterwards every operation throws.
 */
public final class SimulatedNetwork implements TelephonyGateway, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SimulatedNetwork.class.getName());
    /** Generator streams: outbound calls, inbound callers and the inbound arrival process never share draws. */
    private static final long OUTBOUND = 0x6f7574626f756e64L;
    private static final long INBOUND = 0x696e626f756e6421L;
    private static final long ARRIVALS = 0x6172726976616c73L;
    /** How fast a caller presses keys. */
    private static final Duration KEY_INTERVAL = Duration.ofSeconds(1);
    /** Ended calls remembered so that a late operation says "ended" rather than "no such call". */
    private static final int ENDED_REMEMBERED = 10_000;
    private static final long CLOSE_DELIVERY_TIMEOUT_SECONDS = 10;

    private final Timeline timeline;
    private final Scenario scenario;
    private final long seed;
    private final Path recordings;
    private final String callIdPrefix;
    private final List<CallEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    /** Held while events are handed to listeners, so that they are delivered one at a time and in order. */
    private final Object deliveryLock = new Object();

    // guarded by lock
    private final Map<String, SimulatedCall> calls = new HashMap<>();
    private final Map<String, CallEventType> ended = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CallEventType> eldest) {
            return size() > ENDED_REMEMBERED;
        }
    };
    private final ArrayDeque<CallEvent> outbox = new ArrayDeque<>();
    private final SplittableRandom arrivalRandom;
    private boolean deliveryScheduled;
    private long nextOutbound;
    private long nextInbound;
    private Timeline.Scheduled nextArrival;
    private boolean closed;

    /** A network whose recordings go to {@code java.io.tmpdir}/bpohub-recordings and whose call ids start with {@code sim-}. */
    public SimulatedNetwork(Timeline timeline, Scenario scenario, long seed) {
        this(timeline, scenario, seed, Path.of(System.getProperty("java.io.tmpdir"), "bpohub-recordings"), "sim-");
    }

    /**
     * @param recordings   the directory recordings are written to (created when needed)
     * @param callIdPrefix starts every call id; give each network instance its own (e.g. with its start time) when
     *                     call ids must stay unique across restarts
     */
    public SimulatedNetwork(Timeline timeline, Scenario scenario, long seed, Path recordings, String callIdPrefix) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.seed = seed;
        this.recordings = Objects.requireNonNull(recordings, "recordings");
        this.callIdPrefix = Objects.requireNonNull(callIdPrefix, "callIdPrefix");
        this.arrivalRandom = random(ARRIVALS, 0);
        synchronized (lock) {
            scheduleNextArrival();
        }
    }

    @Override
    public String name() {
        return "simulator";
    }

    @Override
    public Timeline timeline() {
        return timeline;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Where recordings are written; an event's recording reference is a file name in it. */
    public Path recordingsDirectory() {
        return recordings;
    }

    /**
     * What the call with index {@code n} would do if originated at {@code startAt} with {@code ringTimeout}; the
     * call placed as the n-th originate at that time with that timeout does exactly this. Places nothing.
     */
    public CallFate fateOf(long n, Instant startAt, Duration ringTimeout) {
        if (n < 0) throw new IllegalArgumentException("call indexes start at 0, got " + n);
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(ringTimeout, "ringTimeout");
        return scenario.outboundFate(n, random(OUTBOUND, n), startAt, ringTimeout);
    }

    /** The index the next {@link #originate} will have (the number of calls originated so far). */
    public long nextCallIndex() {
        synchronized (lock) {
            return nextOutbound;
        }
    }

    /** How many calls are up or ringing. */
    public int liveCalls() {
        synchronized (lock) {
            return calls.size();
        }
    }

    @Override
    public AutoCloseable listen(CallEventListener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public String originate(OriginateRequest request) {
        Objects.requireNonNull(request, "request");
        synchronized (lock) {
            requireOpen("originate a call to " + request.to());
            long n = nextOutbound++;
            SplittableRandom random = random(OUTBOUND, n);
            Instant now = timeline.now();
            CallFate fate = scenario.outboundFate(n, random, now, request.ringTimeout());
            SimulatedCall call = new SimulatedCall(callIdPrefix + n, fate, request.callerId(), request.to(), request.tag(),
                    request.detectMachine(), random, State.RINGING);
            calls.put(call.id, call);
            emit(call, CallEventType.RINGING, null, null, null);
            call.farEnd = at(now.plus(fate.after()), call, () -> farEndReacts(call));
            return call.id;
        }
    }

    @Override
    public void answer(String callId) {
        synchronized (lock) {
            SimulatedCall call = live(callId, "answer", State.ARRIVED);
            call.state = State.ANSWERED;
            emit(call, CallEventType.ANSWERED, null, null, null);
        }
    }

    @Override
    public void bridge(String callId, String agentEndpoint) {
        requireText(agentEndpoint, "an agent endpoint");
        synchronized (lock) {
            SimulatedCall call = live(callId, "bridge", State.ANSWERED);
            // the agent picking up cuts short what the caller hears or keys (the queue position, a menu)
            if (call.playing != null) {
                call.playback.cancel();
                call.playing = null;
            }
            if (call.digitCollection != null) {
                call.digitCollection.cancel();
                call.digitCollection = null;
            }
            call.state = State.BRIDGED;
            call.endpoint = agentEndpoint;
            call.afterCall = false;
            startTalkClock(call);
            emit(call, CallEventType.BRIDGED, agentEndpoint, null, null);
        }
    }

    @Override
    public void hold(String callId) {
        synchronized (lock) {
            SimulatedCall call = live(callId, "hold", State.BRIDGED);
            holdCaller(call);
            emit(call, CallEventType.HELD, null, null, null);
        }
    }

    /**
     * The agent leaves and the caller stays, answered, with the rest of their conversation for the next agent; they wait
     * the after-call patience unless something plays to them or they are bridged again.
     */
    @Override
    public void unbridge(String callId) {
        synchronized (lock) {
            SimulatedCall call = live(callId, "take the agent off", State.BRIDGED, State.HELD);
            if (call.state == State.BRIDGED) stopTalkClock(call);
            call.consulting = null;
            call.state = State.ANSWERED;
            call.afterCall = true;
            emit(call, CallEventType.UNBRIDGED, call.endpoint, null, null);
            awaitAfterCall(call);
        }
    }

    /** The caller hears hold music: the talk clock stands still. */
    private void holdCaller(SimulatedCall call) {
        stopTalkClock(call);
        call.state = State.HELD;
    }

    @Override
    public void resume(String callId) {
        synchronized (lock) {
            SimulatedCall call = live(callId, "resume", State.HELD);
            call.consulting = null; // the consulted party's leg ends: the agent is back with the caller
            call.state = State.BRIDGED;
            startTalkClock(call);
            emit(call, CallEventType.RESUMED, null, null, null);
        }
    }

    /** The customer stays on the line with the new endpoint; a held call is taken off hold. */
    @Override
    public void transfer(String callId, String target) {
        requireText(target, "a transfer target");
        synchronized (lock) {
            SimulatedCall call = live(callId, "transfer", State.BRIDGED, State.HELD);
            if (call.state == State.HELD) {
                call.state = State.BRIDGED;
                startTalkClock(call);
            }
            call.consulting = null;
            call.endpoint = target;
            emit(call, CallEventType.TRANSFERRED, target, null, null);
        }
    }

    /**
     * The caller is held and the agent talks to {@code target} at once: the simulated party answers a consultation
     * without ringing. A second consultation while one is in progress is refused.
     */
    @Override
    public void consult(String callId, String target) {
        requireText(target, "a consultation target");
        synchronized (lock) {
            SimulatedCall call = live(callId, "consult about", State.BRIDGED, State.HELD);
            if (call.consulting != null) throw new TelephonyException("call " + callId + " is already consulting " + call.consulting);
            if (call.state == State.BRIDGED) holdCaller(call);
            call.consulting = target;
            emit(call, CallEventType.CONSULTING, target, null, null);
        }
    }

    @Override
    public void conference(String callId, String thirdParty) {
        requireText(thirdParty, "a third party");
        synchronized (lock) {
            SimulatedCall call = live(callId, "conference", State.BRIDGED);
            emit(call, CallEventType.CONFERENCED, thirdParty, null, null);
        }
    }

    @Override
    public void monitor(String callId, String supervisorEndpoint, MonitorMode mode) {
        requireText(supervisorEndpoint, "a supervisor endpoint");
        Objects.requireNonNull(mode, "mode");
        synchronized (lock) {
            SimulatedCall call = live(callId, "monitor", State.BRIDGED, State.HELD);
            emit(call, CallEventType.MONITORED, supervisorEndpoint, null, mode.name());
        }
    }

    /** A recording written by this network, by its reference (a file name in {@link #recordingsDirectory()}). */
    @Override
    public java.io.InputStream openRecording(String reference) throws IOException {
        if (reference == null || !reference.matches("[A-Za-z0-9._-]+\\.wav") || reference.startsWith(".")) {
            throw new TelephonyException("not a recording of this network: " + reference);
        }
        return java.nio.file.Files.newInputStream(recordings.resolve(reference));
    }

    /** The reference is a file name in {@link #recordingsDirectory()}: the call id, then -2, -3 for later recordings of the call. */
    @Override
    public void record(String callId) {
        synchronized (lock) {
            SimulatedCall call = live(callId, "record", State.ANSWERED, State.BRIDGED, State.HELD);
            if (call.recording != null) throw new TelephonyException("call " + callId + " is already being recorded to " + call.recording.reference);
            call.recordings++;
            String reference = call.id + (call.recordings == 1 ? "" : "-" + call.recordings) + ".wav";
            call.recording = new Recording(reference, timeline.now(), call.sound());
            emit(call, CallEventType.RECORDING_STARTED, null, null, reference);
        }
    }

    @Override
    public void stopRecording(String callId) {
        synchronized (lock) {
            SimulatedCall call = live(callId, "stop recording");
            if (call.recording == null) throw new TelephonyException("call " + callId + " is not being recorded");
            finishRecording(call);
        }
    }

    /**
     * Any message name plays; its length comes from the scenario ({@code safe-harbor} 4 s by default, other names
     * the default length). A bridge stops it (no PLAYED).
     */
    @Override
    public void play(String callId, String message) {
        requireText(message, "a message");
        synchronized (lock) {
            SimulatedCall call = live(callId, "play a message to", State.ANSWERED, State.BRIDGED);
            if (call.playing != null) throw new TelephonyException("call " + callId + " is already playing " + call.playing);
            call.playing = message;
            hearChange(call);
            callerListens(call);
            call.playback = at(timeline.now().plus(scenario.messageLength(message)), call, () -> {
                call.playing = null;
                emit(call, CallEventType.PLAYED, null, null, message);
                awaitAfterCall(call);
            });
        }
    }

    /**
     * The caller presses the keys the scenario's {@link DigitChooser} gives, one per second: the DTMF event comes
     * after the {@code #}, or the last wanted digit, or at the timeout with the digits pressed until then. A bridge
     * stops the collection (no DTMF).
     */
    @Override
    public void collectDigits(String callId, int maxDigits, int timeoutSeconds) {
        if (maxDigits < 1) throw new IllegalArgumentException("collect at least one digit, not " + maxDigits);
        if (timeoutSeconds < 1) throw new IllegalArgumentException("a digit timeout is at least 1 second, not " + timeoutSeconds);
        synchronized (lock) {
            SimulatedCall call = live(callId, "collect digits on", State.ANSWERED, State.BRIDGED);
            if (call.digitCollection != null) throw new TelephonyException("call " + callId + " is already collecting digits");
            String keys = scenario.digits().keys(call.id, call.prompts++, maxDigits, call.random);
            if (keys == null || !keys.matches("[0-9*#]*")) throw new IllegalStateException("the scenario's digit chooser pressed keys other than 0-9, * and #: " + keys);
            StringBuilder digits = new StringBuilder();
            int pressed = 0;
            boolean complete = false;
            while (!complete && pressed < Math.min(keys.length(), timeoutSeconds)) {
                char key = keys.charAt(pressed++);
                if (key != '#') digits.append(key);
                complete = key == '#' || digits.length() == maxDigits;
            }
            Duration wait = complete ? KEY_INTERVAL.multipliedBy(pressed) : Duration.ofSeconds(timeoutSeconds);
            callerListens(call);
            call.digitCollection = at(timeline.now().plus(wait), call, () -> {
                call.digitCollection = null;
                emit(call, CallEventType.DTMF, null, null, digits.toString());
                awaitAfterCall(call);
            });
        }
    }

    @Override
    public void hangup(String callId, CallParty party) {
        Objects.requireNonNull(party, "party");
        synchronized (lock) {
            end(live(callId, "hang up"), CallEventType.HUNG_UP, party);
        }
    }

    /**
     * Hangs up every live call with party NETWORK (a recording in progress is finished first) and stops inbound
     * arrivals; returns once those events and any still pending have reached the listeners. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) return;
            closed = true;
            if (nextArrival != null) nextArrival.cancel();
            for (SimulatedCall call : List.copyOf(calls.values())) end(call, CallEventType.HUNG_UP, CallParty.NETWORK);
        }
        deliverBeforeReturning();
    }

    private void farEndReacts(SimulatedCall call) {
        switch (call.fate.outcome()) {
            case PERSON -> answered(call, CallEventType.ANSWERED, null);
            case MACHINE -> answered(call, call.detectMachine ? CallEventType.ANSWERING_MACHINE : CallEventType.ANSWERED,
                    call.detectMachine ? null : "machine");
            case BUSY -> end(call, CallEventType.BUSY, null);
            case NO_ANSWER -> end(call, CallEventType.NO_ANSWER, null);
            case INVALID_NUMBER -> end(call, CallEventType.INVALID_NUMBER, null);
        }
    }

    private void answered(SimulatedCall call, CallEventType type, String detail) {
        call.state = State.ANSWERED;
        emit(call, type, null, null, detail);
        call.farEnd = at(timeline.now().plus(call.fate.patience()), call, () -> end(call, CallEventType.HUNG_UP, CallParty.CUSTOMER));
    }

    /** A person starts (or resumes) talking: the patience timer gives way to the rest of the talk time. */
    private void startTalkClock(SimulatedCall call) {
        if (call.isMachine()) return;
        call.farEnd.cancel();
        call.talkEndsAt = timeline.now().plus(call.talkLeft);
        call.farEnd = at(call.talkEndsAt, call, () -> talkEnds(call));
    }

    /** The caller hangs up, unless the agent ends this (inbound) conversation first. */
    private void talkEnds(SimulatedCall call) {
        if (!call.agentEnds) {
            end(call, CallEventType.HUNG_UP, CallParty.CUSTOMER);
            return;
        }
        call.state = State.ANSWERED;
        call.afterCall = true;
        // the next conversation, should the platform bridge the caller again; drawn now, so that the call's
        // generator moves on the same way whatever the platform does
        call.talkLeft = scenario.talk().sample(call.random);
        call.agentEnds = scenario.agentEnds(call.random);
        emit(call, CallEventType.UNBRIDGED, call.endpoint, null, null);
        awaitAfterCall(call);
    }

    /** After the agent left, a caller hearing a message or keying digits does not hang up meanwhile. */
    private void callerListens(SimulatedCall call) {
        if (call.afterCall) call.farEnd.cancel();
    }

    /** After the agent left and once nothing plays or is collected, the caller waits the after-call patience (again). */
    private void awaitAfterCall(SimulatedCall call) {
        if (!call.afterCall || call.playing != null || call.digitCollection != null) return;
        call.farEnd = at(timeline.now().plus(scenario.afterCallPatience()), call, () -> end(call, CallEventType.HUNG_UP, CallParty.CUSTOMER));
    }

    private void stopTalkClock(SimulatedCall call) {
        if (call.isMachine()) return;
        call.farEnd.cancel();
        call.talkLeft = Duration.between(timeline.now(), call.talkEndsAt);
    }

    private void end(SimulatedCall call, CallEventType type, CallParty party) {
        call.cancelTimers();
        if (call.recording != null) finishRecording(call);
        calls.remove(call.id);
        ended.put(call.id, type);
        emit(call, type, null, party, null);
    }

    /** Writes the WAV file; a failure is logged and the reference still reported, as the call itself went on. */
    private void finishRecording(SimulatedCall call) {
        Recording recording = call.recording;
        call.recording = null;
        try {
            recording.write(recordings.resolve(recording.reference), timeline.now());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not write recording " + recording.reference + " of call " + call.id + " to " + recordings, e);
        }
        emit(call, CallEventType.RECORDING_STOPPED, null, null, recording.reference);
    }

    private void scheduleNextArrival() {
        double peak = scenario.peakInboundPerHour();
        if (peak == 0) return;
        // a Poisson process whose rate changes by the hour, by thinning: candidates at the peak rate, each kept
        // with probability rate(t) / peak
        Instant candidate = timeline.now();
        do {
            double hours = -Math.log(1 - arrivalRandom.nextDouble()) / peak;
            candidate = candidate.plusNanos(Math.round(hours * 3600e9));
        } while (arrivalRandom.nextDouble() * peak >= scenario.inboundPerHour(candidate));
        nextArrival = timeline.schedule(candidate, this::inboundArrives);
    }

    private void inboundArrives() {
        synchronized (lock) {
            if (closed) return;
            long m = nextInbound++;
            SplittableRandom random = random(INBOUND, m);
            CallFate fate = scenario.inboundFate(m, random);
            String caller = String.format("+1555%07d", random.nextInt(10_000_000));
            SimulatedCall call = new SimulatedCall(callIdPrefix + "in" + m, fate, caller, scenario.inboundNumber(), null, false, random, State.ARRIVED);
            call.agentEnds = scenario.agentEnds(random);
            calls.put(call.id, call);
            emit(call, CallEventType.INBOUND, null, null, null);
            call.farEnd = at(timeline.now().plus(fate.patience()), call, () -> end(call, CallEventType.HUNG_UP, CallParty.CUSTOMER));
            scheduleNextArrival();
        }
    }

    /** Schedules a move of one call; it is skipped if the call has ended by then. */
    private Timeline.Scheduled at(Instant when, SimulatedCall call, Runnable move) {
        return timeline.schedule(when, () -> {
            synchronized (lock) {
                if (calls.get(call.id) == call) move.run();
            }
        });
    }

    private void emit(SimulatedCall call, CallEventType type, String endpoint, CallParty party, String detail) {
        outbox.add(new CallEvent(call.id, type, timeline.now(), call.from, call.to, endpoint, party, detail, call.tag));
        hearChange(call);
        if (!deliveryScheduled && !closed) {
            deliveryScheduled = true;
            timeline.schedule(timeline.now(), this::deliverPending);
        }
    }

    private void hearChange(SimulatedCall call) {
        if (call.recording != null) call.recording.hear(timeline.now(), call.sound());
    }

    private void deliverPending() {
        synchronized (deliveryLock) {
            for (CallEvent event = takeFromOutbox(); event != null; event = takeFromOutbox()) {
                for (CallEventListener listener : listeners) {
                    try {
                        listener.onEvent(event);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "a call event listener failed on " + event, e);
                    }
                }
            }
        }
    }

    private CallEvent takeFromOutbox() {
        synchronized (lock) {
            CallEvent event = outbox.poll();
            if (event == null) deliveryScheduled = false;
            return event;
        }
    }

    /**
     * Delivers the last events on the timeline's own thread when it has one (listeners never see two threads at
     * once), else here; if that thread does not get to it in time, here.
     */
    private void deliverBeforeReturning() {
        if (timeline instanceof RealTimeline real && !real.isSchedulerThread()) {
            CountDownLatch delivered = new CountDownLatch(1);
            try {
                real.schedule(real.now(), () -> {
                    deliverPending();
                    delivered.countDown();
                });
                if (delivered.await(CLOSE_DELIVERY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) return;
                LOG.log(System.Logger.Level.WARNING, "the timeline did not deliver the last call events in time; delivering them on the closing thread");
            } catch (IllegalStateException timelineClosed) {
                // delivered below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deliverPending();
    }

    private SimulatedCall live(String callId, String operation, State... allowed) {
        Objects.requireNonNull(callId, "callId");
        requireOpen(operation + " call " + callId);
        SimulatedCall call = calls.get(callId);
        if (call == null) {
            CallEventType end = ended.get(callId);
            throw new TelephonyException("cannot " + operation + " call " + callId + ": "
                    + (end == null ? "no such call" : "it has ended (" + end + ")"));
        }
        if (allowed.length > 0 && !Arrays.asList(allowed).contains(call.state)) {
            throw new TelephonyException("cannot " + operation + " call " + callId + ": it is " + call.state
                    + ", and that needs " + (allowed.length == 1 ? allowed[0] : Arrays.toString(allowed)));
        }
        return call;
    }

    private void requireOpen(String operation) {
        if (closed) throw new TelephonyException("cannot " + operation + ": the simulator is closed");
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " is needed");
    }

    /** A generator for item {@code index} of {@code stream}, independent of every other item's. */
    private SplittableRandom random(long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ stream) + index));
    }

    /** The 64-bit finalizer of SplitMix64: nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
