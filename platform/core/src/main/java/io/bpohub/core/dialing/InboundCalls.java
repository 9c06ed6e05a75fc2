package io.bpohub.core.dialing;

import io.bpohub.core.db.Timestamps;
import io.bpohub.api.dialer.CallbackOffer;
import io.bpohub.api.dialer.DialerRun;
import io.bpohub.api.dialer.QueueListener;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.api.routing.RoutingService;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.telephony.TelephonyException;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.api.telephony.Timeline;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.DirectConnections;
import io.bpohub.core.workflow.Outcomes;
import io.bpohub.platform.services.InboundCallView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound calls from arrival to CDR: the dialled number names the tenant, the tenant's {@link InboundPlan} (its
 * newest revision when the call arrives) leads the caller through the IVR, a queue hands the call to the agents of
 * the queue's running campaign with the skills it needs and of the handler the routing decides now (in-house in
 * business hours, the agency's agents after hours, on rest days and holidays), and the agent's hang-up leads to
 * the satisfaction survey. One CDR per call, in the tenant's database, when the call ends.
 * <p>
 * Runs on the gateway's timeline: every event and every queue callback arrives there, one at a time.
 */
public final class InboundCalls {
    /** The skill every agent has for the handler they belong to; a queued call needs the one the routing decided. */
    static String handlerSkill(Handler handler) {
        return "handler:" + handler.name();
    }

    private static final Logger LOG = LoggerFactory.getLogger(InboundCalls.class);
    private static final int SURVEY_TIMEOUT_SECONDS = 8;
    private static final int PATH_LIMIT = 500;

    /** What the platform knows of a tenant's number: whose it is. */
    record NumberOwner(String slug, String timeZone) {
    }

    /** One call in progress. Touched on the timeline only; read by {@link #live} from other threads. */
    private static final class Call {
        final String id;
        final String tenant;
        final ZoneId zone;
        final String from;
        final InboundPlan plan;
        final Instant arrivedAt;
        /** The contact whose number called, or the one the agent recorded the caller as; null while unknown. */
        volatile Long contactId;
        final StringBuilder path = new StringBuilder();
        volatile String node;
        volatile String state = "IVR";
        volatile Instant since;
        Instant answeredAt;
        InboundPlan.Queue queue;
        Handler handler;
        volatile Instant queuedAt;
        volatile String agent;
        Instant connectedAt;
        Instant unbridgedAt;
        Instant abandonedAt;
        int menuTries;
        Integer surveyScore;
        String result = "IVR";
        String recordingRef;
        Runnable afterPlay;
        Consumer<String> afterDigits;
        Timeline.Scheduled hangupTimer;
        /** The queue an agent is passing the call to: the agent's leaving (UNBRIDGED) queues it there, not to the survey. */
        volatile InboundPlan.Queue passingTo;
        /** An outbound call passed to a queue: its record is the dialer's, this only carries it through the queue. */
        boolean outbound;

        Call(String id, String tenant, ZoneId zone, String from, InboundPlan plan, Instant arrivedAt, Long contactId) {
            this.id = id;
            this.tenant = tenant;
            this.zone = zone;
            this.from = from;
            this.plan = plan;
            this.arrivedAt = arrivedAt;
            this.contactId = contactId;
            this.since = arrivedAt;
        }

        void step(String part) {
            if (path.length() + part.length() + 1 > PATH_LIMIT) return; // a caller going round menus for long keeps the start of the path
            if (path.length() > 0) path.append('>');
            path.append(part);
        }
    }

    private final ControlDb control;
    private final DirectConnections databases;
    private final Supplier<RoutingService> routing;
    private final BiFunction<String, String, DialerRun> runs;
    private final Function<String, AgentPlace> places;
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private volatile TelephonyGateway gateway;
    private volatile AutoCloseable subscription;

    /**
     * @param runs   the run of a tenant's running campaign (tenant, campaign key), or null when it is not running
     * @param places where an agent belongs (in-house or agency), for the CDR's handler
     */
    public InboundCalls(ControlDb control, DirectConnections databases, Supplier<RoutingService> routing,
                        BiFunction<String, String, DialerRun> runs, Function<String, AgentPlace> places) {
        this.control = control;
        this.databases = databases;
        this.routing = routing;
        this.runs = runs;
        this.places = places;
    }

    /** Answers the calls of {@code g} from now on (the gateway deployed now); a gateway already answered is kept. */
    public synchronized void attach(TelephonyGateway g) {
        if (g == gateway) return;
        detach();
        gateway = g;
        subscription = g.listen(this::onEvent);
    }

    public synchronized void detach() {
        if (subscription == null) return;
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("could not stop listening to the gateway's inbound calls: {}", e.getMessage());
        }
        subscription = null;
        gateway = null;
        calls.clear(); // the old gateway hung them up; their CDRs were written on its HUNG_UP events
    }

    /** The number that made a call of the tenant still in progress, or null. */
    String callerOf(String tenant, String callId) {
        Call call = calls.get(callId);
        return call == null || !call.tenant.equals(tenant) ? null : call.from;
    }

    /** The contact of a call in progress: the one its number matched or the agent recorded; null when unknown or not a call of the tenant. */
    Long contactOf(String tenant, String callId) {
        Call call = calls.get(callId);
        return call == null || !call.tenant.equals(tenant) ? null : call.contactId;
    }

    /** The agent recorded the unknown caller of a call in progress as {@code contactId}: the call's record will name it. */
    void identified(String tenant, String callId, long contactId) {
        Call call = calls.get(callId);
        if (call != null && call.tenant.equals(tenant)) call.contactId = contactId;
    }

    /** The tenant's calls in progress, oldest first. */
    public List<InboundCallView> live(String tenant) {
        return calls.values().stream().filter(c -> c.tenant.equals(tenant)).sorted(Comparator.comparing(c -> c.arrivedAt))
                .map(c -> new InboundCallView(c.id, c.from, c.contactId, c.arrivedAt, c.state, c.node,
                        c.queue == null ? null : c.queue.key(), c.queuedAt, c.agent, c.since)).toList();
    }

    void onEvent(CallEvent e) {
        TelephonyGateway g = gateway;
        if (g == null) return;
        Call call = calls.get(e.callId());
        try {
            switch (e.type()) {
                case INBOUND -> arrived(g, e);
                case PLAYED -> {
                    if (call != null && call.afterPlay != null) {
                        Runnable next = call.afterPlay;
                        call.afterPlay = null;
                        next.run();
                    }
                }
                case DTMF -> {
                    if (call != null && call.afterDigits != null) {
                        Consumer<String> next = call.afterDigits;
                        call.afterDigits = null;
                        next.accept(e.detail() == null ? "" : e.detail());
                    }
                }
                case RECORDING_STOPPED -> {
                    if (call != null) call.recordingRef = e.detail();
                }
                case UNBRIDGED -> {
                    if (call != null && call.passingTo != null) passOn(g, call);
                    else if (call != null) agentHungUp(g, call, e.at());
                }
                case HUNG_UP -> {
                    if (call != null) ended(call, e.at(), e.party());
                }
                default -> {
                    // ringing, bridged, recording started and the like: the queue and the campaign's run follow those
                }
            }
        } catch (RuntimeException ex) {
            // one call's trouble (a database down, a gateway refusing) must not stop the others' events
            LOG.error("inbound call {} ({}): {}", e.callId(), e.type(), ex.getMessage(), ex);
        }
    }

    private void arrived(TelephonyGateway g, CallEvent e) {
        NumberOwner owner = e.to() == null ? null : ownerOf(e.to());
        if (owner == null) {
            LOG.warn("inbound call {} to {} hung up: the number is assigned to no tenant (bpo:inbound-number-assign)", e.callId(), e.to());
            hangUp(g, e.callId());
            return;
        }
        InboundPlan plan = databases.in(owner.slug(), c -> planOf(c));
        Long contactId = e.from() == null ? null : databases.in(owner.slug(), c -> contactOf(c, e.from()));
        Call call = new Call(e.callId(), owner.slug(), ZoneId.of(owner.timeZone()), e.from(), plan, e.at(), contactId);
        calls.put(call.id, call);
        g.answer(call.id);
        call.answeredAt = g.timeline().now();
        enter(g, call, plan.start());
    }

    /** The caller reaches node {@code name}. */
    private void enter(TelephonyGateway g, Call call, String name) {
        call.node = name;
        call.step(name);
        InboundPlan.Node node = call.plan.node(name);
        if (node instanceof InboundPlan.Menu m) {
            call.menuTries = 0;
            ask(g, call, m);
        } else if (node instanceof InboundPlan.Message m) {
            play(g, call, m.prompt(), () -> enter(g, call, m.next()));
        } else if (node instanceof InboundPlan.Hours h) {
            boolean open = openNow(call.tenant, g.timeline().now());
            call.step(open ? "open" : "closed");
            enter(g, call, open ? h.open() : h.closed());
        } else if (node instanceof InboundPlan.QueueStep q) {
            queue(g, call, call.plan.queues().get(q.queue()));
        } else if (node instanceof InboundPlan.Voicemail v) {
            play(g, call, v.prompt(), () -> {
                call.result = "VOICEMAIL";
                call.state = "VOICEMAIL";
                call.since = g.timeline().now();
                g.record(call.id);
                call.hangupTimer = g.timeline().schedule(g.timeline().now().plusSeconds(v.maxSeconds()), () -> hangUp(g, call.id));
            });
        } else if (node instanceof InboundPlan.Hangup h) {
            if (h.prompt() == null) hangUp(g, call.id);
            else play(g, call, h.prompt(), () -> hangUp(g, call.id));
        }
    }

    private void ask(TelephonyGateway g, Call call, InboundPlan.Menu m) {
        play(g, call, m.prompt(), () -> {
            call.afterDigits = digits -> {
                String target = digits.isEmpty() ? null : m.choices().get(digits.substring(0, 1));
                if (target != null) {
                    call.step(digits.substring(0, 1));
                    enter(g, call, target);
                } else if (call.menuTries++ < m.retries()) {
                    ask(g, call, m);
                } else if (m.otherwise() != null) {
                    enter(g, call, m.otherwise());
                } else {
                    hangUp(g, call.id);
                }
            };
            g.collectDigits(call.id, 1, m.timeoutSeconds());
        });
    }

    /** The caller from the IVR waits in the queue, hears its callback offer if it has one, and is announced to at pickup. */
    private void queue(TelephonyGateway g, Call call, InboundPlan.Queue q) {
        Instant now = g.timeline().now();
        call.queue = q;
        call.queuedAt = now;
        // a caller whose number is withheld cannot be called back
        CallbackOffer offer = q.callback() == null || call.from == null ? null
                : new CallbackOffer(q.callback().offerAfter(), q.callback().prompt(), q.callback().key());
        enqueue(g, call, q, offer, new QueueListener() {
            @Override
            public void connected(String callId, String agentId, Instant at) {
                call.agent = agentId;
                call.connectedAt = at;
                call.result = "CONNECTED";
                call.state = "TALKING";
                call.since = at;
                if (call.plan.announceAgent()) {
                    Long number = agentNumber(agentId);
                    if (number != null) play(g, call, QueuedCall.agentMessage(number), null);
                }
            }

            @Override
            public void overflowed(String callId, Instant at) {
                call.step("overflow");
                overflow(g, call, q);
            }

            @Override
            public void callbackRequested(String callId, Instant at) {
                callBack(g, call, q, at);
            }
        });
    }

    /**
     * The caller accepted the queue's callback offer: the contact in the callback campaign is due now (stored before
     * the caller hears the confirmation), the record says CALLBACK and names it, and the call ends.
     */
    private void callBack(TelephonyGateway g, Call call, InboundPlan.Queue q, Instant at) {
        call.step("callback");
        call.result = "CALLBACK";
        call.state = "CALLBACK";
        call.since = at;
        String why = "asked to be called back after waiting " + Duration.between(call.queuedAt, at).toSeconds() + " s in queue " + q.key();
        call.contactId = databases.in(call.tenant, c -> Outcomes.callbackRequested(c, call.zone, q.callback().campaign(), call.from, at, call.id, why));
        if (q.callback().confirm() == null) hangUp(g, call.id);
        else play(g, call, q.callback().confirm(), () -> hangUp(g, call.id));
    }

    /**
     * Waits in queue {@code q} for its campaign's agents who have its skills and belong to the handler the routing
     * decides now; a campaign that is not running has nobody to take the call: the queue's overflow, or the end.
     */
    private void enqueue(TelephonyGateway g, Call call, InboundPlan.Queue q, CallbackOffer offer, QueueListener listener) {
        call.state = "QUEUED";
        call.since = g.timeline().now();
        DialerRun run = runs.apply(call.tenant, q.campaign());
        if (run == null) {
            call.step("no-agents");
            overflow(g, call, q);
            return;
        }
        RoutingDecision decision = routing.get().decide(new RoutingQuestion(call.tenant, q.campaign(), call.since, true, 0));
        call.handler = decision.handler();
        Set<String> skills = new HashSet<>(q.skills());
        skills.add(handlerSkill(decision.handler()));
        run.enqueue(new QueuedCall(call.id, q.key(), call.contactId == null ? null : call.contactId.toString(), skills, q.announceEvery(),
                q.overflowAfter(), q.priority(), offer), listener);
    }

    /** The queue's overflow node, or the end (no agent took the call if none ever did). */
    private void overflow(TelephonyGateway g, Call call, InboundPlan.Queue q) {
        if (q.overflow() != null) {
            call.state = "IVR";
            call.since = g.timeline().now();
            enter(g, call, q.overflow());
        } else {
            if (call.connectedAt == null) call.result = "NO_AGENT";
            hangUp(g, call.id);
        }
    }

    /**
     * An agent passes the call they are on to queue {@code queueKey} of the tenant's plan, whose campaign must be running:
     * an inbound call in progress, or an outbound call of the agent's campaign (its contact given), which this then
     * carries through the queue. The call is queued when the agent has left it ({@link #onEvent UNBRIDGED}).
     *
     * @return the queue, or null when the plan has no such queue (or no gateway answers calls now)
     */
    InboundPlan.Queue passing(String tenant, ZoneId zone, String callId, Long contactId, String queueKey) {
        InboundPlan plan = databases.in(tenant, InboundCalls::planOf);
        InboundPlan.Queue q = plan.queues().get(queueKey);
        if (q == null) return null;
        TelephonyGateway g = gateway;
        if (g == null) return null;
        Call call = calls.computeIfAbsent(callId, id -> {
            Call outbound = new Call(id, tenant, zone, null, plan, g.timeline().now(), contactId);
            outbound.outbound = true;
            outbound.state = "TALKING";
            return outbound;
        });
        if (!call.tenant.equals(tenant)) return null;
        call.passingTo = q;
        return q;
    }

    /** The agent could not pass the call on after all: it stays theirs. */
    void notPassing(String callId) {
        Call call = calls.get(callId);
        if (call == null) return;
        if (call.outbound) calls.remove(callId);
        else call.passingTo = null;
    }

    /**
     * The agent left a call being passed to another queue: queued there, with its skills and the handler the routing
     * decides now. The record keeps the queue it came in by and the agent who took it first; the transfer is a step of
     * the call. Nobody to take it there: the queue's overflow, or the platform ends it.
     */
    private void passOn(TelephonyGateway g, Call call) {
        InboundPlan.Queue q = call.passingTo;
        call.passingTo = null;
        call.step("transfer>" + q.key());
        enqueue(g, call, q, null, new QueueListener() {
            @Override
            public void connected(String callId, String agentId, Instant at) {
                call.state = "TALKING";
                call.since = at;
            }

            @Override
            public void overflowed(String callId, Instant at) {
                call.step("overflow");
                overflow(g, call, q);
            }
        });
    }

    /** The agent hung up first: the survey, if the plan has one; else the platform ends the call. */
    private void agentHungUp(TelephonyGateway g, Call call, Instant at) {
        call.unbridgedAt = at;
        InboundPlan.Survey survey = call.plan.survey();
        if (survey == null) {
            hangUp(g, call.id);
            return;
        }
        call.state = "SURVEY";
        call.since = at;
        play(g, call, survey.prompt(), () -> {
            call.afterDigits = digits -> {
                if (digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '0' + survey.scale()) {
                    call.surveyScore = digits.charAt(0) - '0';
                }
                if (call.surveyScore != null && survey.thanks() != null) play(g, call, survey.thanks(), () -> hangUp(g, call.id));
                else hangUp(g, call.id);
            };
            g.collectDigits(call.id, 1, SURVEY_TIMEOUT_SECONDS);
        });
    }

    private void ended(Call call, Instant at, CallParty party) {
        calls.remove(call.id);
        if (call.hangupTimer != null) call.hangupTimer.cancel();
        if (call.outbound) return; // the dialer's record of the call stands
        if (call.queuedAt != null && call.connectedAt == null && "QUEUED".equals(call.state)) {
            call.result = "ABANDONED";
            call.abandonedAt = at;
        }
        databases.in(call.tenant, c -> writeCdr(c, call, at, party));
    }

    /** One row per call id: a HUNG_UP delivered twice is stored once. */
    private int writeCdr(Connection db, Call call, Instant endedAt, CallParty party) throws SQLException {
        Instant talkEnd = call.unbridgedAt != null ? call.unbridgedAt : endedAt;
        long talkSeconds = call.connectedAt == null ? 0 : (Duration.between(call.connectedAt, talkEnd).toMillis() + 999) / 1000;
        Handler handler = call.agent != null ? places.apply(call.agent).handler() : call.handler == null ? Handler.IN_HOUSE : call.handler;
        TelephonyGateway g = gateway;
        try (PreparedStatement st = db.prepareStatement("INSERT IGNORE INTO cdr (started_at, talk_seconds, destination, handler, trunk, "
                + "campaign_key, agent_username, result, call_id, contact_id, dial_mode, originated_at, answered_at, connected_at, abandoned_at, "
                + "ended_at, hung_up_by, recording_ref, queue_key, queued_at, ivr_path, survey_score) VALUES (?,?,?,?,?,?,?,?,?,?,'INBOUND',?,?,?,?,?,?,?,?,?,?,?)")) {
            st.setTimestamp(1, Timestamp.from(call.arrivedAt));
            st.setLong(2, talkSeconds);
            st.setString(3, call.from == null ? "unknown" : call.from);
            st.setString(4, handler.name());
            st.setString(5, g == null ? null : g.name());
            st.setString(6, call.queue == null ? null : call.queue.campaign());
            st.setString(7, call.agent);
            st.setString(8, call.result);
            st.setString(9, call.id);
            st.setObject(10, call.contactId);
            st.setTimestamp(11, Timestamp.from(call.arrivedAt));
            st.setTimestamp(12, Timestamps.of(call.answeredAt));
            st.setTimestamp(13, Timestamps.of(call.connectedAt));
            st.setTimestamp(14, Timestamps.of(call.abandonedAt));
            st.setTimestamp(15, Timestamp.from(endedAt));
            st.setString(16, party == null ? null : party.name());
            st.setString(17, call.recordingRef);
            st.setString(18, call.queue == null ? null : call.queue.key());
            st.setTimestamp(19, Timestamps.of(call.queuedAt));
            st.setString(20, call.path.toString());
            st.setObject(21, call.surveyScore);
            return st.executeUpdate();
        }
    }

    /** Plays {@code message}; {@code then} runs when it has played (not when the caller hangs up meanwhile). */
    private static void play(TelephonyGateway g, Call call, String message, Runnable then) {
        call.afterPlay = then;
        g.play(call.id, message);
    }

    private static void hangUp(TelephonyGateway g, String callId) {
        try {
            g.hangup(callId, CallParty.PLATFORM);
        } catch (TelephonyException e) {
            // the caller hung up meanwhile: HUNG_UP follows or has come
        }
    }

    private boolean openNow(String tenant, Instant now) {
        RoutingDecision d = routing.get().decide(new RoutingQuestion(tenant, null, now, true, 0));
        // tenants routed without the calendar (in-house only, outsourced) are open whenever their handler works
        return d.calendar() == null || d.calendar().open();
    }

    private NumberOwner ownerOf(String number) {
        return control.tx(s -> {
            List<?> rows = s.createNativeQuery("SELECT t.slug, t.time_zone FROM inbound_number n JOIN tenant t ON t.id = n.tenant_id "
                    + "WHERE n.number = :n AND t.status = 'ACTIVE'").setParameter("n", number).getResultList();
            if (rows.isEmpty()) return null;
            Object[] row = (Object[]) rows.get(0);
            return new NumberOwner((String) row[0], (String) row[1]);
        });
    }

    private Long agentNumber(String username) {
        return control.tx(s -> {
            List<?> rows = s.createNativeQuery("SELECT id FROM app_user WHERE username = :u").setParameter("u", username).getResultList();
            return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
        });
    }

    /** The tenant's newest inbound plan, or the one that tells callers the number is not in service. */
    static InboundPlan planOf(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT document FROM inbound_plan ORDER BY revision DESC LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            return InboundPlan.parse(rs.next() ? rs.getString(1) : InboundPlan.EMPTY);
        }
    }

    private static Long contactOf(Connection db, String number) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT id FROM contact WHERE phone_e164 = ? ORDER BY id LIMIT 1")) {
            st.setString(1, number);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
