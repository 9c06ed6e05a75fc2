package io.bpohub.core.workflow;

import io.bpohub.core.db.Timestamps;
import io.bpohub.platform.services.CallbackState;
import io.bpohub.platform.services.CallbackView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Callback rows and the "away" rule (decision 0013): the booked agent is away when they have not taken
 * a due callback within {@link #GRACE} of its time, or are disabled or no longer in its team; then the
 * team may take it. A callback nobody took within {@link #MISSED_AFTER} shows as MISSED (still takeable).
 */
final class Callbacks {
    static final Duration GRACE = Duration.ofMinutes(5);
    static final Duration MISSED_AFTER = Duration.ofHours(24);

    /** A stored callback: the row, with the contact's tree position for scope checks. */
    record Row(long id, long contactId, String contactName, String campaignKey, String agent, Long teamId, Instant dueAt, String state,
               String note, Instant bookedAt, String bookedBy, Instant takenAt, String takenBy, Instant doneAt, Long contactDepartmentId,
               Long contactTeamId) {
    }

    private static final String SELECT = "SELECT b.id, b.contact_id, c.name, b.campaign_key, b.agent_username, b.team_id, b.due_at, "
            + "b.state, b.note, b.booked_at, b.booked_by, b.taken_at, b.taken_by, b.done_at, c.department_id, c.team_id "
            + "FROM callback b JOIN contact c ON c.id = b.contact_id ";

    private Callbacks() {
    }

    static long insert(Connection c, long contactId, String campaignKey, String agent, Long teamId, Instant dueAt, String note, String by,
                       Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO callback (contact_id, campaign_key, agent_username, team_id, due_at, "
                + "state, note, booked_at, booked_by) VALUES (?,?,?,?,?,'BOOKED',?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, contactId);
            st.setString(2, campaignKey);
            st.setString(3, agent);
            st.setObject(4, teamId);
            st.setTimestamp(5, Timestamps.of(dueAt));
            st.setString(6, note);
            st.setTimestamp(7, Timestamps.of(at));
            st.setString(8, by);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Row find(Connection c, long id) throws SQLException {
        List<Row> rows = select(c, "WHERE b.id = ?", List.of(id));
        return rows.isEmpty() ? null : rows.get(0);
    }

    static List<Row> ofContact(Connection c, long contactId) throws SQLException {
        return select(c, "WHERE b.contact_id = ? ORDER BY b.due_at, b.id", List.of(contactId));
    }

    /** Booked callbacks due by {@code asOf}: all of them, or those of one agent or one team (callback team). */
    static List<Row> due(Connection c, Instant asOf, String agent, Long team) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE b.state = 'BOOKED' AND b.due_at <= ?");
        params.add(Timestamps.of(asOf));
        if (agent != null || team != null) {
            where.append(" AND (b.agent_username = ? OR b.team_id = ?)");
            params.add(agent);
            params.add(team);
        }
        return select(c, where + " ORDER BY b.due_at, b.id", params);
    }

    /** Moves the callback from one of the states to the next; false when it was in none of them (someone was first). */
    static boolean move(Connection c, long id, String to, List<String> from, String by, Instant at) throws SQLException {
        String set = "TAKEN".equals(to) ? "taken_by = ?, taken_at = ?" : "done_at = ?, taken_by = COALESCE(taken_by, ?)";
        try (PreparedStatement st = c.prepareStatement("UPDATE callback SET state = ?, " + set + " WHERE id = ? AND state IN ("
                + String.join(",", from.stream().map(x -> "?").toList()) + ")")) {
            st.setString(1, to);
            if ("TAKEN".equals(to)) {
                st.setString(2, by);
                st.setTimestamp(3, Timestamps.of(at));
            } else {
                st.setTimestamp(2, Timestamps.of(at));
                st.setString(3, by);
            }
            st.setLong(4, id);
            for (int i = 0; i < from.size(); i++) st.setString(5 + i, from.get(i));
            return st.executeUpdate() == 1;
        }
    }

    static boolean away(Row r, People people, Instant asOf) {
        if (r.agent() == null || !people.activeIn(r.agent(), r.teamId())) return true;
        return "BOOKED".equals(r.state()) && !r.dueAt().plus(GRACE).isAfter(asOf);
    }

    static CallbackView view(Row r, People people, Instant asOf) {
        CallbackState state = CallbackState.valueOf(r.state());
        if (state == CallbackState.BOOKED && !r.dueAt().isAfter(asOf)) {
            state = r.dueAt().plus(MISSED_AFTER).isAfter(asOf) ? CallbackState.DUE : CallbackState.MISSED;
        }
        boolean away = state != CallbackState.DONE && state != CallbackState.TAKEN && !r.dueAt().isAfter(asOf) && away(r, people, asOf);
        return new CallbackView(r.id(), r.contactId(), r.contactName(), r.campaignKey(), r.agent(), r.teamId(), r.dueAt(), state, away,
                r.note(), r.bookedAt(), r.bookedBy(), r.takenAt(), r.takenBy(), r.doneAt());
    }

    private static List<Row> select(Connection c, String where, List<Object> params) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(SELECT + where)) {
            for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, Long.class), Timestamps.instant(rs.getTimestamp(7)), rs.getString(8), rs.getString(9),
                            Timestamps.instant(rs.getTimestamp(10)), rs.getString(11), Timestamps.instant(rs.getTimestamp(12)),
                            rs.getString(13), Timestamps.instant(rs.getTimestamp(14)), rs.getObject(15, Long.class), rs.getObject(16, Long.class)));
                }
            }
        }
        return out;
    }
}
