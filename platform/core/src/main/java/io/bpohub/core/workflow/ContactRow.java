package io.bpohub.core.workflow;

import io.bpohub.core.db.Timestamps;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.ContactView;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.StopReason;
import io.bpohub.platform.services.WorkflowStage;
import io.bpohub.platform.services.WorkflowState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A contact row with its place in the tree and its workflow columns. */
record ContactRow(long id, String name, String phone, Long departmentId, Long teamId, String agent, String campaignKey,
                  String timeZone, Instant createdAt, WorkflowStage stage, IntentClass intentClass, LeadGrade grade, int attempts,
                  int unanswered, Instant lastCalledAt, String lastDisposition, CallResult lastResult, Instant nextAttemptAt,
                  StopReason stopReason) {

    static final String COLUMNS = "c.id, c.name, c.phone, c.department_id, c.team_id, c.agent_username, c.campaign_key, c.time_zone, "
            + "c.created_at, c.stage, c.intent_class, c.lead_grade, c.attempts, c.unanswered_attempts, c.last_called_at, "
            + "c.last_disposition, c.last_result, c.next_attempt_at, c.stop_reason";

    /** The contact, locked for the rest of the transaction when {@code forUpdate}; null when there is none. */
    static ContactRow find(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM contact c WHERE c.id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    static ContactRow read(ResultSet rs) throws SQLException {
        return new ContactRow(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8), Timestamps.instant(rs.getTimestamp(9)),
                WorkflowStage.valueOf(rs.getString(10)), e(IntentClass.class, rs.getString(11)), e(LeadGrade.class, rs.getString(12)),
                rs.getInt(13), rs.getInt(14), Timestamps.instant(rs.getTimestamp(15)), rs.getString(16), e(CallResult.class, rs.getString(17)),
                Timestamps.instant(rs.getTimestamp(18)), e(StopReason.class, rs.getString(19)));
    }

    Progress progress() {
        return new Progress(stage, intentClass, attempts, unanswered, nextAttemptAt, stopReason);
    }

    ContactView view() {
        return new ContactView(id, name, phone, departmentId, teamId, agent, createdAt);
    }

    WorkflowState state() {
        return new WorkflowState(id, campaignKey, stage, intentClass, grade, attempts, unanswered, lastCalledAt, lastDisposition,
                lastResult, nextAttemptAt, stopReason);
    }

    static <E extends Enum<E>> E e(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static String n(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
