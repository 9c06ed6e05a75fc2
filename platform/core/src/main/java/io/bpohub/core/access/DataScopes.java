package io.bpohub.core.access;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.query.Query;

/**
 * The caller's data scope over tenant records that carry a department, a team and the people they
 * belong to (who placed, recorded or was assigned them): agent = own, team lead = team, supervisor and
 * QA = department, tenant-wide roles = all. A person always sees the records that name them.
 */
public final class DataScopes {
    /** An HQL condition and its parameters, to AND into a query. */
    public record Filter(String condition, Map<String, Object> parameters) {
        public <T> Query<T> apply(Query<T> q) {
            parameters.forEach(q::setParameter);
            return q;
        }
    }

    /** Where a new record sits in the tree: its department and team. */
    public record Position(Long departmentId, Long teamId) {
    }

    private DataScopes() {
    }

    /** {@code alias} is the HQL alias; {@code people} the fields holding usernames (placedBy, assignee ...). */
    public static Filter filter(Caller caller, String alias, String... people) {
        Map<String, Object> params = new HashMap<>();
        if (caller.dataScope() == DataScope.TENANT) return new Filter("1 = 1", params);
        params.put("scopeMe", caller.username());
        String own = Stream.of(people).map(p -> alias + "." + p + " = :scopeMe").collect(Collectors.joining(" or "));
        String unit = switch (caller.dataScope()) {
            case TEAM -> alias + ".teamId = :scopeUnit";
            case DEPARTMENT -> alias + ".departmentId = :scopeUnit";
            default -> null;
        };
        if (unit == null) return new Filter("(" + own + ")", params);
        // a team lead or supervisor without a unit (should not happen) sees only their own records
        params.put("scopeUnit", Objects.requireNonNullElse(caller.dataScope() == DataScope.TEAM ? caller.teamId() : caller.departmentId(), -1L));
        return new Filter("(" + own + " or " + unit + ")", params);
    }

    /** The same rule as {@link #filter} for one record already loaded. */
    public static boolean sees(Caller caller, Long departmentId, Long teamId, String... people) {
        if (caller.dataScope() == DataScope.TENANT) return true;
        for (String p : people) {
            if (caller.username().equals(p)) return true;
        }
        return switch (caller.dataScope()) {
            case TEAM -> caller.teamId() != null && caller.teamId().equals(teamId);
            case DEPARTMENT -> caller.departmentId() != null && caller.departmentId().equals(departmentId);
            default -> false;
        };
    }

    /**
     * Where a record made by the caller for a contact sits: under the caller's own team when they work in
     * one (their lead supervises the work), else under the contact's assignment within the caller's
     * department, else (tenant-wide roles) under the contact's assignment.
     */
    public static Position position(Caller caller, Long contactDepartmentId, Long contactTeamId) {
        if (caller.teamId() != null) return new Position(caller.departmentId(), caller.teamId());
        if (caller.departmentId() != null) {
            return new Position(caller.departmentId(), caller.departmentId().equals(contactDepartmentId) ? contactTeamId : null);
        }
        return new Position(contactDepartmentId, contactTeamId);
    }
}
