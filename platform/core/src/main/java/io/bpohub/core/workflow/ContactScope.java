package io.bpohub.core.workflow;

import io.bpohub.platform.services.Caller;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Which contacts a caller's place in the tree reaches: agent = assigned to them, team lead = their team,
 * department head / QA = their department, tenant-wide roles = all. An agent also reaches a contact
 * while holding a callback on it taken for an away colleague.
 */
final class ContactScope {
    private ContactScope() {
    }

    static boolean inTree(Caller caller, ContactRow c) {
        return switch (caller.dataScope()) {
            case TENANT -> true;
            case DEPARTMENT -> caller.departmentId() != null && Objects.equals(c.departmentId(), caller.departmentId());
            case TEAM -> caller.teamId() != null && Objects.equals(c.teamId(), caller.teamId());
            case OWN -> caller.username().equals(c.agent());
        };
    }

    static boolean reaches(Connection conn, Caller caller, ContactRow c) throws SQLException {
        return inTree(caller, c) || holdsCallback(conn, caller.username(), c.id());
    }

    static boolean holdsCallback(Connection conn, String username, long contactId) throws SQLException {
        try (PreparedStatement st = conn.prepareStatement("SELECT 1 FROM callback WHERE contact_id = ? AND taken_by = ? AND state = 'TAKEN'")) {
            st.setLong(1, contactId);
            st.setString(2, username);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
