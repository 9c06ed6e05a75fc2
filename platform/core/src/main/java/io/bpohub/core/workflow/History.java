package io.bpohub.core.workflow;

import io.bpohub.core.db.Timestamps;
import io.bpohub.platform.services.AssignmentChange;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.WorkflowEvent;
import io.bpohub.platform.services.WorkflowStage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only history of contacts: workflow events and moves in the tree. */
final class History {
    private History() {
    }

    static void event(Connection c, long contactId, Instant at, String actor, String kind, String callRef, String dispositionKey,
                      CallResult result, ContactRow before, IntentClass toClass, WorkflowStage toStage, LeadGrade toGrade,
                      Instant nextAttemptAt, String note) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO contact_workflow_event (contact_id, at, actor, kind, call_ref, "
                + "disposition_key, result, from_class, to_class, from_stage, to_stage, from_grade, to_grade, next_attempt_at, note) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            st.setLong(1, contactId);
            st.setTimestamp(2, Timestamps.of(at));
            st.setString(3, actor);
            st.setString(4, kind);
            st.setString(5, callRef);
            st.setString(6, dispositionKey);
            st.setString(7, ContactRow.n(result));
            st.setString(8, ContactRow.n(before.intentClass()));
            st.setString(9, ContactRow.n(toClass));
            st.setString(10, before.stage().name());
            st.setString(11, toStage.name());
            st.setString(12, ContactRow.n(before.grade()));
            st.setString(13, ContactRow.n(toGrade));
            st.setTimestamp(14, Timestamps.of(nextAttemptAt));
            st.setString(15, note);
            st.executeUpdate();
        }
    }

    static List<WorkflowEvent> events(Connection c, long contactId) throws SQLException {
        List<WorkflowEvent> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, at, actor, kind, call_ref, disposition_key, result, from_class, to_class, "
                + "from_stage, to_stage, from_grade, to_grade, next_attempt_at, note FROM contact_workflow_event WHERE contact_id = ? ORDER BY id")) {
            st.setLong(1, contactId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new WorkflowEvent(rs.getLong(1), Timestamps.instant(rs.getTimestamp(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), ContactRow.e(CallResult.class, rs.getString(7)),
                            ContactRow.e(IntentClass.class, rs.getString(8)), ContactRow.e(IntentClass.class, rs.getString(9)),
                            WorkflowStage.valueOf(rs.getString(10)), WorkflowStage.valueOf(rs.getString(11)),
                            ContactRow.e(LeadGrade.class, rs.getString(12)), ContactRow.e(LeadGrade.class, rs.getString(13)),
                            Timestamps.instant(rs.getTimestamp(14)), rs.getString(15)));
                }
            }
        }
        return out;
    }

    /** Records a move and applies it to the contact row. */
    static void move(Connection c, ContactRow from, Long toDepartment, Long toTeam, String toAgent, String reason, String actor, Instant at)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE contact SET department_id = ?, team_id = ?, agent_username = ? WHERE id = ?")) {
            st.setObject(1, toDepartment);
            st.setObject(2, toTeam);
            st.setString(3, toAgent);
            st.setLong(4, from.id());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO contact_assignment (contact_id, at, actor, reason, from_department_id, "
                + "to_department_id, from_team_id, to_team_id, from_agent, to_agent) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            st.setLong(1, from.id());
            st.setTimestamp(2, Timestamps.of(at));
            st.setString(3, actor);
            st.setString(4, reason);
            st.setObject(5, from.departmentId());
            st.setObject(6, toDepartment);
            st.setObject(7, from.teamId());
            st.setObject(8, toTeam);
            st.setString(9, from.agent());
            st.setString(10, toAgent);
            st.executeUpdate();
        }
    }

    static List<AssignmentChange> moves(Connection c, long contactId) throws SQLException {
        List<AssignmentChange> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT at, actor, reason, from_department_id, to_department_id, from_team_id, "
                + "to_team_id, from_agent, to_agent FROM contact_assignment WHERE contact_id = ? ORDER BY id")) {
            st.setLong(1, contactId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AssignmentChange(Timestamps.instant(rs.getTimestamp(1)), rs.getString(2), rs.getString(3),
                            rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getObject(7, Long.class),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }
}
