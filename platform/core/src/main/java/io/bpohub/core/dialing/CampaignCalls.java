package io.bpohub.core.dialing;

import io.bpohub.core.db.Timestamps;
import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.AgentStateListener;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.CallRecordListener;
import io.bpohub.api.dialer.DialTarget;
import io.bpohub.api.dialer.NumberSupply;
import io.bpohub.api.dialer.PastAnswer;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.core.campaigns.CampaignStore;
import io.bpohub.core.db.DirectConnections;
import io.bpohub.core.workflow.DialingTimes;
import io.bpohub.core.workflow.Outcomes;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tenant campaign as its dialer sees it: the numbers to call now from the campaign's contacts (due by their
 * cadence, inside the campaign's windows in the contact's local time, not stopped, not from an unfinished import),
 * checked against the do-not-call lists and the no-redial rule at the moment of dialling; and, for every call that
 * ended, its CDR and what it does to the contact's workflow, written before the record is acknowledged.
 * <p>
 * Runs on the gateway's timeline (one call at a time). Writing a call's record is idempotent by the gateway's call
 * id, so a record delivered twice (a retry after a failure) is stored and applied once.
 */
public final class CampaignCalls implements NumberSupply, CallRecordListener, AgentStateListener {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignCalls.class);
    /** Contacts read into memory at a time: enough for a few minutes of a large campaign's dialling. */
    static final int BATCH = 200;
    /** How often an empty queue is refilled from the database (an empty campaign is not asked at every tick). */
    static final Duration REFILL_EVERY = Duration.ofSeconds(5);

    private record Candidate(long contactId, String number, String timeZone) {
    }

    private final DirectConnections databases;
    private final String tenant;
    private final ZoneId tenantZone;
    private final String campaignKey;
    private final String trunk;
    private final BiPredicate<String, String> doNotCall;
    private volatile Duration noRedialAfterAbandon;
    private final Function<String, AgentPlace> places;
    private final Deque<Candidate> queue = new ArrayDeque<>();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    /** Recording references by call id, from the gateway's events until the call's record takes them. */
    private final Map<String, String> recordings = new ConcurrentHashMap<>();
    private Instant lastRefill = Instant.MIN;

    /**
     * @param doNotCall            (tenant, number) → listed on the tenant's or the agency's list now
     * @param places               an agent's username → where the agent sits (the CDR's handler; the team a taken contact joins)
     */
    public CampaignCalls(DirectConnections databases, String tenant, ZoneId tenantZone, String campaignKey, String trunk,
                         BiPredicate<String, String> doNotCall, Duration noRedialAfterAbandon, Function<String, AgentPlace> places) {
        this.databases = databases;
        this.tenant = tenant;
        this.tenantZone = tenantZone;
        this.campaignKey = campaignKey;
        this.trunk = trunk;
        this.doNotCall = doNotCall;
        this.noRedialAfterAbandon = noRedialAfterAbandon;
        this.places = places;
    }

    @Override
    public DialTarget next(Instant now) {
        if (queue.isEmpty() && !lastRefill.plus(REFILL_EVERY).isAfter(now)) refill(now);
        CampaignSpec spec = null;
        while (!queue.isEmpty()) {
            if (spec == null) {
                CampaignStore.Stored campaign = databases.in(tenant, db -> CampaignStore.find(db, campaignKey));
                if (campaign == null || campaign.state() != CampaignState.ACTIVE) {
                    queue.clear(); // a paused or closed campaign places no new calls; calls in progress end normally
                    return null;
                }
                spec = campaign.spec();
            }
            Candidate c = queue.poll();
            DialingTimes times = new DialingTimes(spec.windows(), DialingTimes.zones(c.timeZone(), tenantZone), spec.startDate(), spec.endDate());
            if (!times.allowed(now)) continue; // outside the contact's calling hours; read again at the next refill
            if (doNotCall.test(tenant, c.number())) {
                databases.in(tenant, db -> {
                    Outcomes.stopDoNotCall(db, c.contactId(), now, c.number());
                    return null;
                });
                continue;
            }
            Instant abandoned = lastAbandoned(c.number(), now.minus(noRedialAfterAbandon));
            if (abandoned != null) {
                databases.in(tenant, db -> {
                    Outcomes.postpone(db, tenantZone, c.contactId(), now, abandoned.plus(noRedialAfterAbandon),
                            "a call to this number was abandoned at " + abandoned, null);
                    return null;
                });
                continue;
            }
            inFlight.add(c.contactId());
            return new DialTarget(String.valueOf(c.contactId()), c.number());
        }
        return null;
    }

    private void refill(Instant now) {
        lastRefill = now;
        databases.in(tenant, db -> {
            // contacts of an import still running are not called: its rows are not all checked yet
            try (PreparedStatement st = db.prepareStatement("SELECT c.id, c.phone_e164, c.time_zone FROM contact c "
                    + "LEFT JOIN contact_import i ON i.id = c.import_id WHERE c.campaign_key = ? AND c.phone_e164 IS NOT NULL "
                    + "AND c.stop_reason IS NULL AND c.stage NOT IN ('WON', 'DROPPED') AND (c.intent_class IS NULL OR c.intent_class <> 'NEVER') "
                    + "AND (c.next_attempt_at IS NULL OR c.next_attempt_at <= ?) AND (c.import_id IS NULL OR i.state = 'COMPLETED') "
                    + "ORDER BY COALESCE(c.next_attempt_at, c.created_at), c.id LIMIT ?")) {
                st.setString(1, campaignKey);
                st.setTimestamp(2, Timestamp.from(now));
                st.setInt(3, BATCH + inFlight.size());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (!inFlight.contains(id)) queue.add(new Candidate(id, rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return null;
        });
    }

    private Instant lastAbandoned(String number, Instant since) {
        if (noRedialAfterAbandon.isZero()) return null;
        return databases.in(tenant, db -> {
            try (PreparedStatement st = db.prepareStatement("SELECT MAX(abandoned_at) FROM cdr WHERE destination = ? AND abandoned_at > ?")) {
                st.setString(1, number);
                st.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    Timestamp t = rs.getTimestamp(1);
                    return t == null ? null : t.toInstant();
                }
            }
        });
    }

    @Override
    public void putBack(DialTarget target, Instant notBefore) {
        long id = Long.parseLong(target.contactId());
        inFlight.remove(id);
        databases.in(tenant, db -> {
            Outcomes.postpone(db, tenantZone, id, notBefore, notBefore, "not dialled now; offered again from " + notBefore, null);
            return null;
        });
    }

    /** The contact is free again; what the call did to it is applied by {@link #ended}, which gets the same record. */
    @Override
    public void completed(CallRecord record) {
        inFlight.remove(Long.parseLong(record.contactId()));
    }

    @Override
    public void ended(CallRecord record) {
        long contactId = Long.parseLong(record.contactId());
        try {
            databases.in(tenant, db -> {
                boolean autoCommit = db.getAutoCommit();
                db.setAutoCommit(false);
                try {
                    if (insertCdr(db, record)) applyToWorkflow(db, contactId, record);
                    db.commit();
                } catch (SQLException | RuntimeException e) {
                    db.rollback();
                    throw e;
                } finally {
                    db.setAutoCommit(autoCommit);
                }
                return null;
            });
        } finally {
            inFlight.remove(contactId);
        }
    }

    /** Keeps the reference of a call's recording for its CDR (or adds it to a CDR already stored). */
    public void onCallEvent(CallEvent event) {
        // only this campaign's own calls (the dialer tags them "<campaign id>#<n>"): inbound calls and other
        // campaigns' calls are recorded by their own owners, and would otherwise stay in the map for ever
        if (event.type() != CallEventType.RECORDING_STARTED || event.detail() == null || event.tag() == null
                || !event.tag().startsWith(tenant + "/" + campaignKey + "#")) return;
        recordings.put(event.callId(), event.detail());
        databases.in(tenant, db -> {
            try (PreparedStatement st = db.prepareStatement("UPDATE cdr SET recording_ref = ? WHERE call_id = ? AND recording_ref IS NULL")) {
                st.setString(1, event.detail());
                st.setString(2, event.callId());
                return st.executeUpdate();
            }
        });
    }

    /**
     * The campaign's dialled calls a person answered since {@code since}, by their records, with whether each was
     * abandoned (inbound calls, whose "abandoned" is a caller giving up in the queue, are not the dialer's).
     */
    static List<PastAnswer> pastAnswers(Connection db, String campaignKey, Instant since) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT answered_at, result FROM cdr WHERE campaign_key = ? AND dial_mode <> 'INBOUND' "
                + "AND result IN ('CONNECTED', 'ABANDONED') AND answered_at > ?")) {
            st.setString(1, campaignKey);
            st.setTimestamp(2, Timestamp.from(since));
            List<PastAnswer> past = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) past.add(new PastAnswer(rs.getTimestamp(1).toInstant(), CallOutcome.ABANDONED.name().equals(rs.getString(2))));
            }
            return past;
        }
    }

    /** The tenant's no-redial time changed: numbers abandoned within it of now are held back from now on. */
    void noRedialAfterAbandon(Duration period) {
        noRedialAfterAbandon = period;
    }

    /** Stores the call's CDR; false when its call id is stored already (then nothing else is done again). */
    private boolean insertCdr(Connection db, CallRecord r) throws SQLException {
        long talkSeconds = r.connectedAt() == null ? 0 : (Duration.between(r.connectedAt(), r.endedAt()).toMillis() + 999) / 1000;
        try (PreparedStatement st = db.prepareStatement("INSERT IGNORE INTO cdr (started_at, talk_seconds, destination, handler, trunk, "
                + "campaign_key, agent_username, result, call_id, contact_id, dial_mode, originated_at, ringing_at, answered_at, connected_at, "
                + "abandoned_at, ended_at, hung_up_by, recording_ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            st.setTimestamp(1, Timestamp.from(r.originatedAt()));
            st.setLong(2, talkSeconds);
            st.setString(3, r.number());
            st.setString(4, (r.agentId() == null ? Handler.IN_HOUSE : places.apply(r.agentId()).handler()).name());
            st.setString(5, trunk);
            st.setString(6, campaignKey);
            st.setString(7, r.agentId());
            st.setString(8, r.outcome().name());
            st.setString(9, r.callId() == null ? "refused-" + r.contactId() + "-" + r.originatedAt().toEpochMilli() : r.callId());
            st.setLong(10, Long.parseLong(r.contactId()));
            st.setString(11, r.mode().name());
            st.setTimestamp(12, Timestamps.of(r.originatedAt()));
            st.setTimestamp(13, Timestamps.of(r.ringingAt()));
            st.setTimestamp(14, Timestamps.of(r.answeredAt()));
            st.setTimestamp(15, Timestamps.of(r.connectedAt()));
            st.setTimestamp(16, Timestamps.of(r.abandonedAt()));
            st.setTimestamp(17, Timestamps.of(r.endedAt()));
            st.setString(18, r.hungUpBy() == null ? null : r.hungUpBy().name());
            st.setString(19, r.callId() == null ? null : recordings.remove(r.callId()));
            return st.executeUpdate() == 1;
        }
    }

    /** A result the dialer knows without an agent moves the workflow on; a connected call waits for the agent's disposition key. */
    private void applyToWorkflow(Connection db, long contactId, CallRecord r) throws SQLException {
        CallResult result = switch (r.outcome()) {
            case NO_ANSWER, ANSWERING_MACHINE -> CallResult.NO_ANSWER;
            case BUSY -> CallResult.BUSY;
            case INVALID_NUMBER -> CallResult.NO_SUCH_NUMBER;
            default -> null;
        };
        if (result != null) {
            Outcomes.dialerResult(db, tenantZone, contactId, result, r.originatedAt(), r.callId(), null);
        } else if (r.outcome() == CallOutcome.ABANDONED) {
            Outcomes.postpone(db, tenantZone, contactId, r.endedAt(), r.abandonedAt().plus(noRedialAfterAbandon),
                    "abandoned: no agent within the connect time; the safe-harbor message was played", r.callId());
        } else if (r.outcome() == CallOutcome.FAILED) {
            LOG.warn("call to contact {} of {} failed at the gateway; it is offered again at the next refill", contactId, tenant);
        }
    }

    /**
     * Stores the change; an agent who gets a contact of the campaign's pool (nobody's yet) on screen takes it: it is
     * assigned to them, so that they can read it, record its outcome and follow it up.
     */
    @Override
    public void changed(AgentStateChange change) {
        if (change.contactId() != null && (change.to() == AgentState.ON_CALL || change.to() == AgentState.RESERVED)) {
            take(Long.parseLong(change.contactId()), change.agentId());
        }
        databases.in(tenant, db -> {
            try (PreparedStatement st = db.prepareStatement("INSERT INTO agent_state_event (agent_username, campaign_key, from_state, to_state, "
                    + "at, pause_reason, contact_id, call_id) VALUES (?,?,?,?,?,?,?,?)")) {
                st.setString(1, change.agentId());
                st.setString(2, campaignKey);
                st.setString(3, change.from().name());
                st.setString(4, change.to().name());
                st.setTimestamp(5, Timestamp.from(change.at()));
                st.setString(6, change.pauseReason());
                st.setObject(7, change.contactId() == null ? null : Long.valueOf(change.contactId()));
                st.setString(8, change.callId());
                return st.executeUpdate();
            }
        });
    }

    private void take(long contactId, String agent) {
        AgentPlace place = places.apply(agent);
        databases.in(tenant, db -> {
            try (PreparedStatement st = db.prepareStatement("UPDATE contact SET agent_username = ?, team_id = COALESCE(team_id, ?), "
                    + "department_id = COALESCE(department_id, ?) WHERE id = ? AND agent_username IS NULL")) {
                st.setString(1, agent);
                st.setObject(2, place.teamId());
                st.setObject(3, place.departmentId());
                st.setLong(4, contactId);
                return st.executeUpdate();
            }
        });
    }
}
