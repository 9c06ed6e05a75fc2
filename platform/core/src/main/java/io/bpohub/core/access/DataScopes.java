package io.bpohub.core.access;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.query.Query;

/**
 * The caller's data scope over tenant records that carry a department, a team and the people they
 * belong to (who placed, recorded or was assigned them): agent = own, team lead = team, supervisor and
 * QA = department, tenant-wide roles = all. A person always sees the records that name them.
 */
public final class DataScopes {
    /** An HQL condition on the records of {@code alias} and its parameters, to AND into a query. */
    public record Filter(String alias, String condition, Map<String, Object> parameters) {
        public <T> Query<T> apply(Query<T> q) {
            parameters.forEach(q::setParameter);
            return q;
        }

        /**
         * One page of the {@code entity} records in scope (HQL alias as given to {@link #filter}), optionally only
         * those whose {@code stateField} equals {@code state}, in {@code orderBy} order, with the total in scope.
         */
        public <R, V> Page<V> page(Session s, Class<R> entity, String stateField, Object state, String orderBy, int page, int size,
                                   Function<R, V> view) {
            String where = " where " + condition + (state == null ? "" : " and " + alias + "." + stateField + " = :state");
            String from = entity.getSimpleName() + " " + alias + where;
            Query<R> q = apply(s.createQuery("from " + from + " order by " + orderBy, entity));
            Query<Long> count = apply(s.createQuery("select count(" + alias + ") from " + from, Long.class));
            if (state != null) {
                q.setParameter("state", state);
                count.setParameter("state", state);
            }
            List<V> items = q.setFirstResult(page * size).setMaxResults(size).list().stream().map(view).collect(Collectors.toList());
            return new Page<>(items, page, size, count.uniqueResult());
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
        if (caller.dataScope() == DataScope.TENANT) return new Filter(alias, "1 = 1", params);
        params.put("scopeMe", caller.username());
        String own = Stream.of(people).map(p -> alias + "." + p + " = :scopeMe").collect(Collectors.joining(" or "));
        String unit = switch (caller.dataScope()) {
            case TEAM -> alias + ".teamId = :scopeUnit";
            case DEPARTMENT -> alias + ".departmentId = :scopeUnit";
            default -> null;
        };
        if (unit == null) return new Filter(alias, "(" + own + ")", params);
        // a team lead or supervisor without a unit (should not happen) sees only their own records
        params.put("scopeUnit", Objects.requireNonNullElse(caller.dataScope() == DataScope.TEAM ? caller.teamId() : caller.departmentId(), -1L));
        return new Filter(alias, "(" + own + " or " + unit + ")", params);
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
