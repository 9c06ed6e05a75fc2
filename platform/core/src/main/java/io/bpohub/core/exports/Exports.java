package io.bpohub.core.exports;

import io.bpohub.core.db.Timestamps;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.ResultRows;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.dialing.CallSteps;
import io.bpohub.platform.services.CallQuery;
import io.bpohub.platform.services.CallView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactQuery;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.ExportService;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Contact and call-record exports. The query is built from the given filters (each one a bound
 * parameter) plus the caller's data scope: contacts by their department / team / agent, call records
 * by the agent who handled them (the people of the caller's team or department, read from the org
 * tree). Rows stream from the tenant's database straight into the table writer.
 */
public final class Exports implements ExportService {
    static final List<String> CONTACT_COLUMNS = List.of("id", "name", "phone", "phone_e164", "campaign", "stage", "intent_class",
            "lead_grade", "attempts", "next_attempt_at", "department_id", "team_id", "agent", "email", "city", "region", "time_zone",
            "created_at");
    /** A call's record with every step the dialer and its agents recorded (empty for calls recorded through the billing API). */
    static final List<String> CALL_COLUMNS = List.of("id", "started_at", "campaign", "agent", "destination", "talk_seconds", "result",
            "handler", "trunk", "call_id", "contact_id", "dial_mode", "ringing_at", "answered_at", "connected_at", "abandoned_at", "ended_at",
            "hung_up_by", "recording_ref", "queue", "queued_at", "ivr_path", "survey_score", "held_at", "held_seconds", "transferred_to",
            "conferenced_with");
    private static final String CALL_SELECT = "id, started_at, campaign_key, agent_username, destination, talk_seconds, result, handler, trunk, "
            + "call_id, contact_id, dial_mode, ringing_at, answered_at, connected_at, abandoned_at, ended_at, hung_up_by, recording_ref, queue_key, "
            + "queued_at, ivr_path, survey_score, " + CallSteps.RECORD_COLUMNS;

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Owners owners;
    private final AuditLog audit;
    private final Supplier<TableWriter> tables;

    public Exports(ControlDb control, TenantSessions tenantSessions, Owners owners, AuditLog audit, Supplier<TableWriter> tables) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.owners = owners;
        this.audit = audit;
        this.tables = tables;
    }

    /** A WHERE clause built from conditions and their parameters, in order. */
    private static final class Where {
        final List<String> conditions = new ArrayList<>();
        final List<Object> parameters = new ArrayList<>();

        Where eq(String column, Object value) {
            if (value != null) {
                conditions.add(column + " = ?");
                parameters.add(value);
            }
            return this;
        }

        Where add(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(List.of(values));
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    @Override
    public long exportContacts(Caller caller, String tenant, ContactQuery query, TableWriter.Format format, OutputStream out) {
        Owner owner = owners.resolve(caller, tenant, "contact", "read");
        ContactQuery q = query == null ? new ContactQuery(null, null, null, null, null, null, null, null, null) : query;
        Where where = new Where().eq("campaign_key", q.campaign()).eq("stage", q.stage()).eq("intent_class", q.intentClass())
                .eq("lead_grade", q.leadGrade()).eq("department_id", q.departmentId()).eq("team_id", q.teamId())
                .eq("agent_username", q.agent()).eq("city", q.city()).eq("region", q.region());
        switch (caller.dataScope()) {
            case OWN -> where.add("agent_username = ?", caller.username());
            case TEAM -> where.add("(agent_username = ? OR team_id <=> ?)", caller.username(), caller.teamId());
            case DEPARTMENT -> where.add("(agent_username = ? OR department_id <=> ?)", caller.username(), caller.departmentId());
            default -> { }
        }
        String sql = "SELECT id, name, phone, phone_e164, campaign_key, stage, intent_class, lead_grade, attempts, next_attempt_at, "
                + "department_id, team_id, agent_username, email, city, region, time_zone, created_at FROM contact" + where.sql() + " ORDER BY id";
        long rows = write(owner, sql, where, format, "contacts", CONTACT_COLUMNS, out);
        audit.record(caller, owner.slug(), "export.contacts", String.valueOf(q), AuditLog.OK, rows + " rows as " + format);
        return rows;
    }

    @Override
    public long exportCalls(Caller caller, String tenant, CallQuery query, TableWriter.Format format, OutputStream out) {
        Owner owner = owners.resolve(caller, tenant, "report", "read");
        CallQuery q = query == null ? CallQuery.ALL : query;
        Where where = callsWhere(caller, q);
        String sql = "SELECT " + CALL_SELECT + " FROM cdr" + where.sql() + " ORDER BY id";
        long rows = write(owner, sql, where, format, "calls", CALL_COLUMNS, out);
        audit.record(caller, owner.slug(), "export.calls", String.valueOf(q), AuditLog.OK, rows + " rows as " + format);
        return rows;
    }

    @Override
    public List<CallView> findCalls(Caller caller, String tenant, CallQuery query, int limit) {
        Owner owner = owners.resolve(caller, tenant, "report", "read");
        if (limit < 1 || limit > 500) throw PlatformException.invalid("limit", "a search returns 1 to 500 calls");
        Where where = callsWhere(caller, query == null ? CallQuery.ALL : query);
        String sql = "SELECT " + CALL_SELECT + " FROM cdr" + where.sql() + " ORDER BY started_at DESC, id DESC LIMIT " + limit;
        return tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < where.parameters.size(); i++) st.setObject(i + 1, where.parameters.get(i));
                List<CallView> calls = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        calls.add(new CallView(rs.getString("call_id"), Timestamps.instant(rs.getTimestamp("started_at")), rs.getString("dial_mode"),
                                rs.getString("destination"), (Long) rs.getObject("contact_id", Long.class), rs.getString("campaign_key"),
                                rs.getString("queue_key"), rs.getString("agent_username"), rs.getString("handler"), rs.getString("result"),
                                rs.getInt("talk_seconds"), Timestamps.instant(rs.getTimestamp("queued_at")), Timestamps.instant(rs.getTimestamp("connected_at")), Timestamps.instant(rs.getTimestamp("ended_at")),
                                rs.getString("hung_up_by"), rs.getString("ivr_path"), (Integer) rs.getObject("survey_score", Integer.class),
                                rs.getString("recording_ref"), Timestamps.instant(rs.getTimestamp("held_at")), rs.getInt("held_seconds"),
                                rs.getString("transferred_to"), rs.getString("conferenced_with")));
                    }
                }
                return calls;
            }
        }));
    }

    /** The query's filters, within the caller's data scope: the same for an export and a search. */
    private Where callsWhere(Caller caller, CallQuery q) {
        if (q.destinationPrefix() != null && !q.destinationPrefix().matches("\\+?[0-9]{1,15}")) {
            throw PlatformException.invalid("destinationPrefix", "a destination prefix is digits, e.g. 8613");
        }
        if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
            throw PlatformException.invalid("to", "the end of the period must be after its start");
        }
        Where where = new Where().eq("campaign_key", q.campaign()).eq("agent_username", q.agent()).eq("result", q.result())
                .eq("handler", q.handler()).eq("queue_key", q.queue());
        if (q.from() != null) where.add("started_at >= ?", Timestamp.from(q.from()));
        if (q.to() != null) where.add("started_at < ?", Timestamp.from(q.to()));
        if (q.destinationPrefix() != null) where.add("destination LIKE ?", "+" + q.destinationPrefix().replace("+", "") + "%");
        if (q.minTalkSeconds() != null) where.add("talk_seconds >= ?", q.minTalkSeconds());
        if (Boolean.TRUE.equals(q.recorded())) where.add("recording_ref IS NOT NULL");
        if (caller.dataScope() != DataScope.TENANT) {
            List<String> people = peopleInScope(caller);
            where.add("agent_username IN (" + "?,".repeat(people.size() - 1) + "?)", people.toArray());
        }
        return where;
    }

    /** The caller and, for a team lead or supervisor, everyone in their team or department (and its teams). */
    private List<String> peopleInScope(Caller caller) {
        List<String> people = new ArrayList<>(List.of(caller.username()));
        Long unit = caller.dataScope() == DataScope.TEAM ? caller.teamId() : caller.dataScope() == DataScope.DEPARTMENT ? caller.departmentId() : null;
        if (unit == null) return people;
        List<?> rows = control.tx(s -> s.createNativeQuery("SELECT u.username FROM app_user u JOIN org_unit o ON o.id = u.unit_id "
                + "WHERE o.id = :unit OR o.parent_id = :unit").setParameter("unit", unit).getResultList());
        for (Object row : rows) people.add((String) row);
        return people;
    }

    private long write(Owner owner, String sql, Where where, TableWriter.Format format, String sheet, List<String> headers, OutputStream out) {
        if (format == null) throw PlatformException.invalid("format", "format must be CSV or XLSX");
        TableWriter writer = tables.get();
        return tenantSessions.inTenant(owner.slug(), s -> s.doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setFetchSize(1000); // streams from MariaDB instead of loading every row
                for (int i = 0; i < where.parameters.size(); i++) st.setObject(i + 1, where.parameters.get(i));
                try (ResultSet rs = st.executeQuery()) {
                    ResultRows rows = new ResultRows(rs, headers.size());
                    writer.write(format, sheet, headers, rows, out);
                    return rows.count();
                } catch (IOException e) {
                    throw new UncheckedIOException("writing the " + sheet + " export failed", e);
                }
            }
        }));
    }
}
