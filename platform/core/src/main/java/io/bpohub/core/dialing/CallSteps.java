package io.bpohub.core.dialing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What agents do to a call they are on, in the tenant's {@code call_step} table: holds (open until resumed or the
 * call's end; a consultation holds the caller too), consultations before a transfer, transfers and conferences. The call's record reads its hold time and targets from here
 * ({@link #RECORD_COLUMNS}).
 */
public final class CallSteps {
    enum Kind { HOLD, CONSULT, TRANSFER, CONFERENCE }

    /**
     * The steps of a {@code cdr} row as columns of a query on {@code cdr}: first hold, seconds on hold (a hold still
     * open counts to the call's end), last transfer target, last conference party.
     */
    public static final String RECORD_COLUMNS = "(SELECT MIN(s.started_at) FROM call_step s WHERE s.call_id = cdr.call_id AND s.kind = 'HOLD') AS held_at, "
            + "(SELECT COALESCE(SUM(TIMESTAMPDIFF(SECOND, s.started_at, COALESCE(s.ended_at, cdr.ended_at, s.started_at))), 0) "
            + "FROM call_step s WHERE s.call_id = cdr.call_id AND s.kind = 'HOLD') AS held_seconds, "
            + "(SELECT s.target FROM call_step s WHERE s.call_id = cdr.call_id AND s.kind = 'TRANSFER' ORDER BY s.started_at DESC, s.id DESC LIMIT 1) "
            + "AS transferred_to, "
            + "(SELECT s.target FROM call_step s WHERE s.call_id = cdr.call_id AND s.kind = 'CONFERENCE' ORDER BY s.started_at DESC, s.id DESC LIMIT 1) "
            + "AS conferenced_with";

    private CallSteps() {
    }

    /** A step the agent took on the call at {@code at}; a transfer also ends the hold it may have been on. */
    static void took(Connection c, String callId, Kind kind, String agent, String target, Instant at) throws SQLException {
        if (kind == Kind.TRANSFER) resumed(c, callId, at);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO call_step (call_id, kind, agent_username, target, started_at) VALUES (?,?,?,?,?)")) {
            st.setString(1, callId);
            st.setString(2, kind.name());
            st.setString(3, agent);
            st.setString(4, target);
            st.setTimestamp(5, Timestamp.from(at));
            st.executeUpdate();
        }
    }

    /** The call's open hold, and consultation, end at {@code at}. */
    static void resumed(Connection c, String callId, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE call_step SET ended_at = ? WHERE call_id = ? AND kind IN ('HOLD', 'CONSULT') "
                + "AND ended_at IS NULL")) {
            st.setTimestamp(1, Timestamp.from(at));
            st.setString(2, callId);
            st.executeUpdate();
        }
    }
}
