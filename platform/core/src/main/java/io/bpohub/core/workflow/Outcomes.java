package io.bpohub.core.workflow;

import io.bpohub.core.db.Timestamps;
import io.bpohub.core.campaigns.CampaignStore;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.StopReason;
import io.bpohub.platform.services.WorkflowStage;
import io.bpohub.platform.services.WorkflowState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a call does to a contact's workflow, for an agent's disposition key and for a dialer's own result (no
 * answer, busy, no such number; a call abandoned for want of an agent; a number found on a do-not-call list at
 * dial time). One place, so that both follow the same cadence, attempt counting and history.
 */
public final class Outcomes {
    /** Who books the callbacks callers ask for in a queue, in contacts' history. */
    static final String CALLBACK_ACTOR = "ivr";

    private Outcomes() {
    }

    /**
     * Applies a disposition to the contact {@code row} (read for update in this transaction) and records it in the
     * history; {@code notBefore}, when set, holds the next attempt back until then (the no-redial rule).
     */
    static void apply(Connection c, ZoneId tenantZone, ContactRow row, CampaignSpec spec, Disposition d, Instant calledAt, String actor,
                      String callRef, String note, Instant notBefore) throws SQLException {
        List<ZoneId> zones = DialingTimes.zones(row.timeZone(), tenantZone);
        DialingTimes times = new DialingTimes(spec.windows(), zones, spec.startDate(), spec.endDate());
        Progress next = Transitions.apply(row.progress(), d, spec.cadence(), calledAt, zones.get(0), times);
        Instant nextAttempt = notBefore != null && next.nextAttemptAt() != null && next.nextAttemptAt().isBefore(notBefore)
                ? times.earliest(notBefore) : next.nextAttemptAt();
        try (PreparedStatement st = c.prepareStatement("UPDATE contact SET stage = ?, intent_class = ?, attempts = ?, unanswered_attempts = ?, "
                + "last_called_at = ?, last_disposition = ?, last_result = ?, next_attempt_at = ?, stop_reason = ? WHERE id = ?")) {
            st.setString(1, next.stage().name());
            st.setString(2, ContactRow.n(next.intentClass()));
            st.setInt(3, next.attempts());
            st.setInt(4, next.unansweredAttempts());
            st.setTimestamp(5, Timestamps.of(calledAt));
            st.setString(6, d.key());
            st.setString(7, d.result().name());
            st.setTimestamp(8, Timestamps.of(nextAttempt));
            st.setString(9, ContactRow.n(next.stopReason()));
            st.setLong(10, row.id());
            st.executeUpdate();
        }
        History.event(c, row.id(), calledAt, actor, "OUTCOME", callRef, d.key(), d.result(), row, next.intentClass(), next.stage(),
                row.grade(), nextAttempt, note);
    }

    /**
     * A dialer's result for a contact: the campaign's first disposition with that result applies, as if an agent had
     * pressed it. Null when the contact or a disposition for the result is missing, or the contact is already closed
     * (nothing to change).
     */
    public static WorkflowState dialerResult(Connection c, ZoneId tenantZone, long contactId, CallResult result, Instant calledAt,
                                             String callRef, Instant notBefore) throws SQLException {
        ContactRow row = ContactRow.find(c, contactId, true);
        if (row == null || row.campaignKey() == null || row.stage().isFinal() || row.stopReason() != null) return null;
        CampaignStore.Stored campaign = CampaignStore.find(c, row.campaignKey());
        if (campaign == null) return null;
        Disposition d = campaign.spec().dispositions().stream().filter(x -> x.result() == result).findFirst().orElse(null);
        if (d == null) return null;
        apply(c, tenantZone, row, campaign.spec(), d, calledAt, "dialer", callRef, null, notBefore);
        return ContactRow.find(c, contactId, false).state();
    }

    /** Holds a contact's next attempt back until {@code notBefore} (e.g. 72 h after an abandoned call), recorded in its history. */
    public static void postpone(Connection c, ZoneId tenantZone, long contactId, Instant at, Instant notBefore, String why, String callRef)
            throws SQLException {
        ContactRow row = ContactRow.find(c, contactId, true);
        if (row == null || row.stopReason() != null) return;
        Instant next = dialable(c, tenantZone, row, notBefore);
        if (row.nextAttemptAt() != null && !row.nextAttemptAt().isBefore(next)) return;
        try (PreparedStatement st = c.prepareStatement("UPDATE contact SET next_attempt_at = ?, last_called_at = ? WHERE id = ?")) {
            st.setTimestamp(1, Timestamps.of(next));
            st.setTimestamp(2, Timestamps.of(at));
            st.setLong(3, contactId);
            st.executeUpdate();
        }
        History.event(c, contactId, at, "dialer", "POSTPONED", callRef, null, null, row, row.intentClass(), row.stage(), row.grade(), next, why);
    }

    /**
     * A caller who asked, while waiting in an inbound queue, to be called back: the contact with their number in
     * {@code campaign} (a new one named after the number when there is none) is due at the campaign's first dialling
     * moment from {@code at}. The caller's request reopens the contact whatever closed it before (a stage won or
     * dropped, "never", too many attempts), except a do-not-call stop; the change is in its history. Returns the contact.
     */
    public static long callbackRequested(Connection c, ZoneId tenantZone, String campaign, String number, Instant at, String callRef, String why)
            throws SQLException {
        long id = contactWithNumber(c, campaign, number, "Caller " + number, CALLBACK_ACTOR, null, null, null, null);
        ContactRow row = ContactRow.find(c, id, true);
        Instant next = dialable(c, tenantZone, row, at);
        String unscheduled = row.stopReason() == StopReason.DO_NOT_CALL ? "the number is on a do-not-call list"
                : next == null ? "campaign " + campaign + " has no dialling time left" : null;
        if (unscheduled != null) {
            History.event(c, id, at, CALLBACK_ACTOR, "CALLBACK", callRef, null, null, row, row.intentClass(), row.stage(), row.grade(),
                    row.nextAttemptAt(), why + "; not scheduled: " + unscheduled);
            return id;
        }
        WorkflowStage stage = row.stage().isFinal() ? WorkflowStage.FOLLOW_UP : row.stage();
        IntentClass intent = row.intentClass() == IntentClass.NEVER ? null : row.intentClass();
        try (PreparedStatement st = c.prepareStatement("UPDATE contact SET next_attempt_at = ?, stop_reason = NULL, unanswered_attempts = 0, "
                + "stage = ?, intent_class = ? WHERE id = ?")) {
            st.setTimestamp(1, Timestamps.of(next));
            st.setString(2, stage.name());
            st.setString(3, ContactRow.n(intent));
            st.setLong(4, id);
            st.executeUpdate();
        }
        History.event(c, id, at, CALLBACK_ACTOR, "CALLBACK", callRef, null, null, row, intent, stage, row.grade(), next, why);
        return id;
    }

    /**
     * The contact with {@code number} in {@code campaign}; when there is none, a new one named {@code name}, assigned to
     * {@code agent} (or none) in their team and department, stopped for {@code stop} (or not). An existing contact is
     * left as it is: the caller someone else recorded a moment earlier, or one already known.
     */
    public static long contactWithNumber(Connection c, String campaign, String number, String name, String createdBy, String agent,
                                         Long teamId, Long departmentId, StopReason stop) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO contact (name, phone, phone_e164, campaign_key, agent_username, team_id, "
                + "department_id, created_by, stop_reason) VALUES (?,?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, name);
            st.setString(2, number);
            st.setString(3, number);
            st.setString(4, campaign);
            st.setString(5, agent);
            st.setObject(6, teamId);
            st.setObject(7, departmentId);
            st.setString(8, createdBy);
            st.setString(9, stop == null ? null : stop.name());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * The first moment from {@code notBefore} the contact's campaign may call it (its windows, in the contact's time
     * zone); null when the campaign has none left.
     */
    private static Instant dialable(Connection c, ZoneId tenantZone, ContactRow row, Instant notBefore) throws SQLException {
        CampaignStore.Stored campaign = CampaignStore.find(c, row.campaignKey());
        if (campaign == null) return notBefore;
        CampaignSpec spec = campaign.spec();
        return new DialingTimes(spec.windows(), DialingTimes.zones(row.timeZone(), tenantZone), spec.startDate(), spec.endDate()).earliest(notBefore);
    }

    /** Stops calling a contact whose number is on a do-not-call list at dial time. */
    public static void stopDoNotCall(Connection c, long contactId, Instant at, String number) throws SQLException {
        ContactRow row = ContactRow.find(c, contactId, true);
        if (row == null || row.stopReason() != null) return;
        try (PreparedStatement st = c.prepareStatement("UPDATE contact SET next_attempt_at = NULL, stop_reason = ? WHERE id = ?")) {
            st.setString(1, StopReason.DO_NOT_CALL.name());
            st.setLong(2, contactId);
            st.executeUpdate();
        }
        History.event(c, contactId, at, "dialer", "STOPPED", null, null, null, row, row.intentClass(), row.stage(), row.grade(), null,
                number + " is on a do-not-call list");
    }
}
