package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.CallRecordListener;
import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.DialTarget;
import io.bpohub.api.dialer.NumberSupply;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.api.dialer.PastAnswer;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.telephony.OriginateRequest;
import io.bpohub.api.telephony.TelephonyException;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.api.telephony.Timeline;
import io.bpohub.dialer.DialedCall.Stage;
import io.bpohub.dialer.pacing.ProgressivePacing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Dials one campaign through a {@link TelephonyGateway}, driven only by the gateway's {@link Timeline}: no threads or
 * clocks of its own, so a month runs in seconds on the simulator's virtual clock through the same code as in
 * production. Not thread-safe: start, stop and close it from timeline tasks (or before the timeline runs).
 * <p>
 * At every tick it asks the pacer how many calls to place (predictive), places one per ready agent (progressive),
 * or reserves ready agents for previewed contacts and calls for them (preview); an inbound campaign places none. A
 * person who answers is bridged to the ready agent idle longest; if no agent is free within the policy's connect
 * time the call is abandoned: the safe-harbor message plays, the platform hangs up, the number is not dialled again
 * within the no-redial period unless an agent is guaranteed.
 * <p>
 * Compliance by construction: whatever the pacer asks for, the calls in flight beyond the ready agents (each one a
 * possible abandon) never exceed what both rolling windows can absorb at the policy's limit if every one of them were
 * abandoned, counting only answers that stay in the windows for the next minutes and keeping a reserve for answer
 * volume ({@link AbandonLedger#exposureAllowed}); with no room left the dialer works progressively, which abandons
 * nothing while the ready agents stay ready.
 * <p>
 * Every call placed produces exactly one {@link CallRecord}, to the record listener and to the number supply.
 */
public final class CampaignDialer implements AutoCloseable {
    private record Preview(DialTarget target, Timeline.Scheduled dial) {
    }

    private static final System.Logger LOG = System.getLogger(CampaignDialer.class.getName());
    /** How many recent calls the learnt figures come from: enough to be steady, few enough to follow the hour's answer rate. */
    private static final int RECENT_CALLS = 200;
    private static final int LONGEST_TALK_SECONDS = 3600;
    private static final int LONGEST_RING_SECONDS = 300;
    private static final int MAX_SKIPPED = 20;

    private final CampaignSettings settings;
    private final TelephonyGateway gateway;
    private final Timeline timeline;
    private final AgentPool agents;
    private final NumberSupply numbers;
    private final CampaignPacer pacer;
    private AbandonPolicy policy;
    private final CallRecordListener records;
    private AbandonLedger ledger;
    private final NoRedialGuard noRedial;

    /** Calls placed and not yet recorded, by tag. */
    private final Map<String, DialedCall> inFlight = new LinkedHashMap<>();
    /** Answered calls waiting for an agent, first answered first. */
    private final ArrayDeque<DialedCall> waiting = new ArrayDeque<>();
    private int ringing;
    /** Agents reserved for a previewed contact, with the call to place for them. */
    private final Map<Agent, Preview> previews = new HashMap<>();
    private final Map<String, Instant> wrapUpStarts = new HashMap<>();
    private final RecentAnswers answers = new RecentAnswers(RECENT_CALLS);
    private final SlidingDurations talkTimes = new SlidingDurations(RECENT_CALLS, LONGEST_TALK_SECONDS);
    private final SlidingDurations answerDelays = new SlidingDurations(RECENT_CALLS, LONGEST_RING_SECONDS);
    private final SlidingDurations unansweredDelays = new SlidingDurations(RECENT_CALLS, LONGEST_RING_SECONDS);
    private final SlidingDurations wrapUpTimes = new SlidingDurations(RECENT_CALLS, LONGEST_TALK_SECONDS);

    /** Callers waiting elsewhere for the same agents: none unless {@link #shareAgentsWith} says. */
    private IntSupplier callersQueued = () -> 0;
    private AutoCloseable gatewaySubscription;
    private AutoCloseable poolSubscription;
    private Timeline.Scheduled nextTick;
    private boolean closing;
    private long sequence;

    /**
     * @param strategy paces the calls in {@link DialMode#PREDICTIVE} mode (progressive mode paces 1:1, preview one call per reserved agent)
     */
    public CampaignDialer(CampaignSettings settings, TelephonyGateway gateway, AgentPool agents, NumberSupply numbers,
                          PacingStrategy strategy, AbandonPolicy policy, CallRecordListener records) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.timeline = gateway.timeline();
        this.agents = Objects.requireNonNull(agents, "agents");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        PacingStrategy pacing = settings.mode() == DialMode.PREDICTIVE ? Objects.requireNonNull(strategy, "strategy") : new ProgressivePacing();
        this.pacer = pacing.newPacer(settings.campaignId(), settings.zone());
        this.policy = Objects.requireNonNull(policy, "policy");
        this.records = Objects.requireNonNull(records, "records");
        this.ledger = new AbandonLedger(policy, settings.zone(), settings.ringTimeout());
        this.noRedial = new NoRedialGuard(policy.noRedialAfterAbandon());
    }

    /** Starts (or, after {@link #stop}, resumes) pacing from now on, listening to the gateway and the agents. */
    /**
     * Follows new abandon rules from now on: the windows are counted again under them from {@code recorded} (the
     * campaign's recorded live answers over the new long window) and the calls in flight a person answered.
     */
    public void follow(AbandonPolicy policy, List<PastAnswer> recorded) {
        List<PastAnswer> counted = new ArrayList<>(recorded);
        for (DialedCall call : inFlight.values()) {
            if (call.answeredAt != null && call.stage != Stage.MACHINE) counted.add(new PastAnswer(call.answeredAt, call.stage == Stage.ABANDONED));
        }
        this.policy = Objects.requireNonNull(policy, "policy");
        ledger = new AbandonLedger(policy, settings.zone(), settings.ringTimeout());
        ledger.remember(counted, timeline.now());
        noRedial.follow(policy.noRedialAfterAbandon());
    }

    /** Counts the campaign's live answers from before this run in its abandon windows; before {@link #start}. */
    public void remember(List<PastAnswer> past) {
        if (nextTick != null) throw new IllegalStateException("campaign " + settings.campaignId() + " is dialing already: remember its past first");
        ledger.remember(past, timeline.now());
    }

    public void start() {
        if (closing) throw new IllegalStateException("campaign " + settings.campaignId() + " is closed");
        if (nextTick != null) throw new IllegalStateException("campaign " + settings.campaignId() + " is already dialing");
        if (gatewaySubscription == null) {
            gatewaySubscription = gateway.listen(this::onCallEvent);
            poolSubscription = agents.listen(this::onAgentChange);
        }
        // an inbound campaign's agents take queued callers only: nothing to pace
        if (settings.mode() != DialMode.INBOUND) nextTick = timeline.schedule(timeline.now(), this::tick);
    }

    /**
     * Shows the pacer the callers {@code queued} holds for the same agents (the run's inbound queue) among the calls
     * waiting: demand on the agents like the answered calls waiting here, though they are served after them.
     */
    public void shareAgentsWith(IntSupplier queued) {
        callersQueued = Objects.requireNonNull(queued, "queued");
    }

    /** Places no more calls until {@link #start} (agents reserved for previews are released); calls in flight go on to their end. */
    public void stop() {
        if (nextTick != null) nextTick.cancel();
        nextTick = null;
        previews.forEach((agent, preview) -> {
            preview.dial().cancel();
            agents.release(agent);
            numbers.putBack(preview.target(), timeline.now());
        });
        previews.clear();
    }

    /** Stops, and stops listening once the last call in flight has its record. */
    @Override
    public void close() {
        stop();
        closing = true;
        if (inFlight.isEmpty()) unsubscribe();
    }

    public int callsInFlight() {
        return ringing + waiting.size();
    }

    /** What the pacer sees now. */
    public PacingSnapshot snapshot() {
        Instant now = timeline.now();
        double[] ringingElapsed = new double[ringing];
        int i = 0;
        for (DialedCall call : inFlight.values()) {
            if (call.stage == Stage.RINGING) ringingElapsed[i++] = seconds(call.originatedAt, now);
        }
        return PacingSnapshot.builder()
                .now(now)
                .dialingEndsAt(settings.dialingEndsAt(now))
                .policy(policy)
                .agents(agents.count(AgentState.READY), agents.count(AgentState.RESERVED), agents.count(AgentState.PAUSED))
                .onCallElapsedSeconds(agents.onCallElapsed(now))
                .wrapUpRemainingSeconds(agents.wrapUpRemaining(now))
                .ringingElapsedSeconds(ringingElapsed)
                .callsWaiting(waiting.size() + callersQueued.getAsInt())
                .answerRate(answers.rate())
                .times(talkTimes.sample(), answerDelays.sample(), unansweredDelays.sample(), wrapUpTimes.mean())
                .tallies(ledger.placedToday(now), ledger.today(now), ledger.window(now, policy.shortWindow()),
                        ledger.window(now, policy.longWindow()))
                .callsAtRiskAllowed(ledger.exposureAllowed(now, waiting.size()))
                .build();
    }

    // --- pacing ---

    private void tick() {
        nextTick = timeline.schedule(timeline.now().plus(settings.tickInterval()), this::tick);
        try {
            if (settings.mode() == DialMode.PREVIEW) reserveForPreviews();
            else dial(snapshot());
        } catch (RuntimeException e) {
            // a failing strategy or number supply costs this tick, not the campaign
            LOG.log(System.Logger.Level.ERROR, "campaign " + settings.campaignId() + ": pacing tick failed", e);
        }
    }

    /** Places the calls the pacer asks for, never more than the abandon budget allows beyond the ready agents. */
    private void dial(PacingSnapshot snapshot) {
        int wanted = pacer.callsToPlace(snapshot);
        int inFlightNow = callsInFlight();
        long beyondReady = Math.max(0, snapshot.callsAtRiskAllowed());
        long allowed = Math.min(snapshot.agentsReady() - inFlightNow + beyondReady, settings.maxCallsInFlight() - inFlightNow);
        for (long placed = 0; placed < Math.min(wanted, allowed); placed++) {
            DialTarget target = nextTarget(false);
            if (target == null) return;
            place(target, null);
        }
    }

    /** Preview: each ready agent, longest idle first, gets the next contact on screen; the call follows after the preview time. */
    private void reserveForPreviews() {
        for (Agent agent = agents.longestIdleReady(); agent != null; agent = agents.longestIdleReady()) {
            DialTarget target = nextTarget(true);
            if (target == null) return;
            agents.reserve(agent, target.contactId(), null);
            Agent reserved = agent;
            previews.put(agent, new Preview(target, timeline.schedule(timeline.now().plus(settings.previewTime()), () -> {
                previews.remove(reserved);
                place(target, reserved);
            })));
        }
    }

    /**
     * The next number the supply offers that may be dialled now; numbers abandoned recently go back to the supply
     * until the end of the no-redial period unless an agent is guaranteed. A supply that keeps offering blocked
     * numbers gets {@link #MAX_SKIPPED} tries per call.
     */
    private DialTarget nextTarget(boolean agentGuaranteed) {
        Instant now = timeline.now();
        for (int tries = 0; tries < MAX_SKIPPED; tries++) {
            DialTarget target = numbers.next(now);
            if (target == null) return null;
            Instant blockedUntil = agentGuaranteed ? null : noRedial.blockedUntil(target.number(), now);
            if (blockedUntil == null) return target;
            numbers.putBack(target, blockedUntil);
        }
        return null;
    }

    private void place(DialTarget target, Agent reservedFor) {
        Instant now = timeline.now();
        DialedCall call = new DialedCall(settings.campaignId() + "#" + ++sequence, target, now, reservedFor);
        inFlight.put(call.tag, call);
        ringing++;
        ledger.placed(now);
        try {
            call.callId = gateway.originate(new OriginateRequest(target.number(), settings.callerId(), settings.ringTimeout(),
                    settings.detectMachine(), call.tag));
        } catch (TelephonyException e) {
            LOG.log(System.Logger.Level.WARNING, "campaign " + settings.campaignId() + ": the gateway refused a call to " + target.number(), e);
            leaveRinging(call, Stage.ENDED);
            finish(call, now, CallOutcome.FAILED, null);
        }
    }

    // --- calls ---

    private void onCallEvent(CallEvent event) {
        DialedCall call = event.tag() == null ? null : inFlight.get(event.tag());
        if (call == null) return;
        switch (event.type()) {
            case RINGING -> call.ringingAt = event.at();
            case ANSWERED -> {
                if (call.stage == Stage.RINGING) answered(call, event.at());
            }
            case ANSWERING_MACHINE -> machine(call, event.at());
            case BUSY -> notAnswered(call, event.at(), CallOutcome.BUSY);
            case NO_ANSWER -> notAnswered(call, event.at(), CallOutcome.NO_ANSWER);
            case INVALID_NUMBER -> notAnswered(call, event.at(), CallOutcome.INVALID_NUMBER);
            case PLAYED -> {
                if (call.stage == Stage.ABANDONED) hangUpFromPlatform(call);
            }
            case HUNG_UP -> hungUp(call, event.at(), event.party());
            default -> {
                // bridged, recording and the like change nothing the dialer keeps
            }
        }
    }

    private void answered(DialedCall call, Instant at) {
        leaveRinging(call, Stage.WAITING);
        call.answeredAt = at;
        ledger.answered(at);
        answers.add(true);
        answerDelays.add(seconds(call.originatedAt, at));
        Agent agent = call.reservedFor != null ? call.reservedFor : agents.longestIdleReady();
        if (agent != null && connect(call, agent)) return;
        waiting.add(call);
        call.abandonTimer = timeline.schedule(at.plus(policy.connectWithin()), () -> abandon(call));
    }

    /** Bridges the call to the agent; false when the far end has already hung up (its HUNG_UP follows). */
    private boolean connect(DialedCall call, Agent agent) {
        try {
            gateway.bridge(call.callId, agent.endpoint);
        } catch (TelephonyException e) {
            return false;
        }
        agents.connect(agent, call.target.contactId(), call.callId);
        waiting.remove(call);
        if (call.abandonTimer != null) call.abandonTimer.cancel();
        call.stage = Stage.CONNECTED;
        call.agent = agent;
        call.connectedAt = timeline.now();
        return true;
    }

    /** No agent within the connect time: the safe-harbor message, then the platform hangs up (on PLAYED). */
    private void abandon(DialedCall call) {
        if (call.stage != Stage.WAITING) return;
        lost(call, timeline.now());
        try {
            gateway.play(call.callId, policy.safeHarborMessage());
        } catch (TelephonyException e) {
            // the person hung up meanwhile: HUNG_UP follows
        }
    }

    /** The answered call will never reach an agent: an abandon, counted at its answer. */
    private void lost(DialedCall call, Instant at) {
        waiting.remove(call);
        if (call.abandonTimer != null) call.abandonTimer.cancel();
        call.stage = Stage.ABANDONED;
        call.abandonedAt = at;
        ledger.abandoned(call.answeredAt);
        noRedial.abandoned(call.target.number(), at);
    }

    private void machine(DialedCall call, Instant at) {
        if (call.stage != Stage.RINGING) return;
        leaveRinging(call, Stage.MACHINE);
        answers.add(false);
        unansweredDelays.add(seconds(call.originatedAt, at));
        call.answeredAt = at;
        hangUpFromPlatform(call);
    }

    private void notAnswered(DialedCall call, Instant at, CallOutcome outcome) {
        leaveRinging(call, Stage.ENDED);
        answers.add(false);
        unansweredDelays.add(seconds(call.originatedAt, at));
        finish(call, at, outcome, null);
    }

    private void hungUp(DialedCall call, Instant at, CallParty party) {
        CallOutcome outcome = switch (call.stage) {
            case RINGING -> {
                leaveRinging(call, Stage.ENDED);
                yield CallOutcome.FAILED;
            }
            case WAITING -> {
                lost(call, at);
                yield CallOutcome.ABANDONED;
            }
            case ABANDONED -> CallOutcome.ABANDONED;
            case MACHINE -> CallOutcome.ANSWERING_MACHINE;
            case ENDED -> throw new IllegalStateException("call " + call.tag + " has its record already");
            case CONNECTED -> {
                talkTimes.add(seconds(call.connectedAt, at));
                agents.callEnded(call.callId);
                yield CallOutcome.CONNECTED;
            }
        };
        finish(call, at, outcome, party);
    }

    private void hangUpFromPlatform(DialedCall call) {
        try {
            gateway.hangup(call.callId, CallParty.PLATFORM);
        } catch (TelephonyException e) {
            // it ended meanwhile: HUNG_UP follows or has come
        }
    }

    private void leaveRinging(DialedCall call, Stage next) {
        if (call.stage == Stage.RINGING) ringing--;
        call.stage = next;
    }

    private void finish(DialedCall call, Instant at, CallOutcome outcome, CallParty party) {
        inFlight.remove(call.tag);
        if (call.reservedFor != null && call.stage != Stage.CONNECTED && call.reservedFor.state == AgentState.RESERVED) {
            agents.release(call.reservedFor);
        }
        CallRecord record = call.record(settings.campaignId(), settings.mode(), at, outcome, party);
        deliver(record, records::ended, "the call record listener");
        deliver(record, numbers::completed, "the number supply");
        if (closing && inFlight.isEmpty()) unsubscribe();
    }

    /** One failing receiver must not cost the other its record, nor the dialer its state. */
    private void deliver(CallRecord record, Consumer<CallRecord> receiver, String name) {
        try {
            receiver.accept(record);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "campaign " + settings.campaignId() + ": " + name + " failed on " + record, e);
        }
    }

    // --- agents ---

    private void onAgentChange(AgentStateChange change) {
        if (change.to() == AgentState.WRAP_UP) wrapUpStarts.put(change.agentId(), change.at());
        Instant wrapUpStart = change.from() == AgentState.WRAP_UP ? wrapUpStarts.remove(change.agentId()) : null;
        if (wrapUpStart != null) wrapUpTimes.add(seconds(wrapUpStart, change.at()));
        if (change.to() == AgentState.READY) connectWaiting();
    }

    /** A freed agent takes the call waiting longest. */
    private void connectWaiting() {
        for (Agent agent = agents.longestIdleReady(); agent != null && !waiting.isEmpty(); agent = agents.longestIdleReady()) {
            DialedCall call = waiting.peek();
            if (!connect(call, agent)) waiting.poll();
        }
    }

    private void unsubscribe() {
        Subscriptions.close(settings.campaignId(), gatewaySubscription, poolSubscription);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
