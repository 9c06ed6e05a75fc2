package io.bpohub.core.workflow;

import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.campaigns.CampaignStore;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.platform.services.AssignmentLevel;
import io.bpohub.platform.services.AssignmentRequest;
import io.bpohub.platform.services.AssignmentResult;
import io.bpohub.platform.services.AssignmentService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hands contacts down the tree (decision 0013): the tenant admin to departments, a department head to
 * the teams of their department, a team lead to the agents of their team (a tenant-wide role may do every
 * level). Each level takes only contacts the level above handed to the parent unit and nobody below yet.
 */
public final class AssignmentServiceImpl implements AssignmentService {
    static final String TEAM_POOL = "(team pool)";
    private static final int MAX_TARGETS = 200;

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Owners owners;
    private final AuditLog audit;

    public AssignmentServiceImpl(ControlDb control, TenantSessions tenantSessions, Owners owners, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.owners = owners;
        this.audit = audit;
    }

    @Override
    public AssignmentResult assign(Caller caller, String tenant, AssignmentRequest r) {
        Owner o = owner(caller, tenant);
        if (r == null || r.level() == null) throw PlatformException.invalid("level", "level must be DEPARTMENT, TEAM or AGENT");
        if (r.campaignKey() == null || r.campaignKey().isBlank()) throw PlatformException.invalid("campaignKey", "name the campaign");
        if (r.targets() == null || r.targets().isEmpty() || r.targets().size() > MAX_TARGETS || r.targets().stream().distinct().count() != r.targets().size()) {
            throw PlatformException.invalid("targets", "name 1 to " + MAX_TARGETS + " different targets");
        }
        if (r.count() != null && r.count() < 1) throw PlatformException.invalid("count", "count must be 1 or more, or left out for all");
        People people = People.of(control, o.tenantId());
        Parent parent = parent(caller, o, people, r);
        Instant now = Instant.now();
        Map<String, Integer> perTarget = new LinkedHashMap<>();
        r.targets().forEach(t -> perTarget.put(t, 0));
        int assigned = tenantSessions.inTenant(o.slug(), s -> s.doReturningWork(c -> {
            if (CampaignStore.find(c, r.campaignKey()) == null) {
                throw PlatformException.invalid("campaignKey", "no campaign " + r.campaignKey() + " in " + o.slug());
            }
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT " + ContactRow.COLUMNS + " FROM contact c WHERE c.campaign_key = ?");
            params.add(r.campaignKey());
            sql.append(parent.where);
            params.addAll(parent.params);
            if (r.stage() != null) {
                sql.append(" AND c.stage = ?");
                params.add(r.stage().name());
            } else {
                sql.append(" AND c.stage NOT IN ('WON', 'DROPPED')"); // finished contacts need nobody unless asked for by stage
            }
            if (r.intentClass() != null) {
                sql.append(" AND c.intent_class = ?");
                params.add(r.intentClass().name());
            }
            if (r.leadGrade() != null) {
                sql.append(" AND c.lead_grade = ?");
                params.add(r.leadGrade().name());
            }
            if (r.region() != null) {
                sql.append(" AND c.region = ?");
                params.add(r.region());
            }
            if (r.city() != null) {
                sql.append(" AND c.city = ?");
                params.add(r.city());
            }
            sql.append(" ORDER BY c.id");
            if (r.count() != null) sql.append(" LIMIT ").append(r.count());
            sql.append(" FOR UPDATE");
            List<ContactRow> rows = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) rows.add(ContactRow.read(rs));
                }
            }
            // round robin: with several targets the counts differ by at most one
            for (int i = 0; i < rows.size(); i++) {
                ContactRow row = rows.get(i);
                String target = r.targets().get(i % r.targets().size());
                switch (r.level()) {
                    case DEPARTMENT -> History.move(c, row, Long.valueOf(target), null, null, "ASSIGN", caller.username(), now);
                    case TEAM -> History.move(c, row, row.departmentId(), Long.valueOf(target), null, "ASSIGN", caller.username(), now);
                    case AGENT -> History.move(c, row, row.departmentId(), row.teamId(), target, "ASSIGN", caller.username(), now);
                }
                perTarget.merge(target, 1, Integer::sum);
            }
            return rows.size();
        }));
        audit.record(caller, o.slug(), "assignment.assign", "campaign " + r.campaignKey(), AuditLog.OK, r.level() + " " + perTarget);
        return new AssignmentResult(assigned, perTarget);
    }

    /** Where the contacts come from for this level, after checking the caller is the one responsible for it. */
    private record Parent(String where, List<Object> params) {
    }

    private Parent parent(Caller caller, Owner o, People people, AssignmentRequest r) {
        DataScope scope = caller.dataScope();
        switch (r.level()) {
            case DEPARTMENT -> {
                if (scope != DataScope.TENANT) throw refuse(caller, o, r, "only a tenant admin assigns contacts to departments");
                for (String t : r.targets()) {
                    if (people.unit(id(t), OrgUnitKind.DEPARTMENT) == null) {
                        throw PlatformException.invalid("targets", "no department " + t + " in " + o.slug());
                    }
                }
                return new Parent(" AND c.department_id IS NULL", List.of());
            }
            case TEAM -> {
                Long department = null;
                for (String t : r.targets()) {
                    People.Unit team = people.unit(id(t), OrgUnitKind.TEAM);
                    if (team == null) throw PlatformException.invalid("targets", "no team " + t + " in " + o.slug());
                    if (department != null && !department.equals(team.parentId())) {
                        throw PlatformException.invalid("targets", "the teams must be of one department");
                    }
                    department = team.parentId();
                }
                if (scope != DataScope.TENANT && !(scope == DataScope.DEPARTMENT && caller.role() == Role.SUPERVISOR
                        && Objects.equals(caller.departmentId(), department))) {
                    throw refuse(caller, o, r, "teams of department " + department + " get their contacts from that department's head");
                }
                return new Parent(" AND c.department_id = ? AND c.team_id IS NULL", List.of(department));
            }
            case AGENT -> {
                Long team = null;
                for (String t : r.targets()) {
                    People.Person p = people.people.get(t);
                    if (p == null || p.disabled() || p.role() != Role.AGENT) {
                        throw PlatformException.invalid("targets", "no active agent " + t + " in " + o.slug());
                    }
                    if (team != null && !team.equals(p.unitId())) throw PlatformException.invalid("targets", "the agents must be of one team");
                    team = p.unitId();
                }
                Long department = people.departmentOf(team);
                boolean responsible = scope == DataScope.TENANT
                        || (scope == DataScope.TEAM && caller.role() == Role.TEAM_LEAD && Objects.equals(caller.teamId(), team))
                        || (scope == DataScope.DEPARTMENT && caller.role() == Role.SUPERVISOR && Objects.equals(caller.departmentId(), department));
                if (!responsible) throw refuse(caller, o, r, "agents of team " + team + " get their contacts from that team's lead");
                return new Parent(" AND c.team_id = ? AND c.agent_username IS NULL", List.of(team));
            }
            default -> throw new IllegalStateException("unknown level " + r.level());
        }
    }

    @Override
    public AssignmentResult reassignAgent(Caller caller, String tenant, String agent, boolean evenly) {
        Owner o = owner(caller, tenant);
        People people = People.of(control, o.tenantId());
        People.Person leaver = agent == null ? null : people.people.get(agent);
        if (leaver == null) throw PlatformException.invalid("agent", "no person " + agent + " in " + o.slug());
        Instant now = Instant.now();
        Map<String, Integer> perTarget = new LinkedHashMap<>();
        int moved = tenantSessions.inTenant(o.slug(), s -> s.doReturningWork(c -> {
            List<ContactRow> rows = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + ContactRow.COLUMNS + " FROM contact c WHERE c.agent_username = ? "
                    + "ORDER BY c.id FOR UPDATE")) {
                st.setString(1, agent);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) rows.add(ContactRow.read(rs));
                }
            }
            for (ContactRow row : rows) {
                if (!responsibleForTeam(caller, people, row.teamId())) {
                    throw audit.refuse(caller, o.slug(), "assignment.write", "agent " + agent, "contacts of " + agent + " in team "
                            + row.teamId() + " are reassigned by that team's lead or department head");
                }
            }
            Map<Long, Integer> turn = new LinkedHashMap<>();
            for (ContactRow row : rows) {
                List<String> others = row.teamId() == null ? List.of()
                        : people.agentsOf(row.teamId()).stream().filter(a -> !a.equals(agent)).toList();
                String to = null;
                if (evenly && !others.isEmpty()) {
                    int i = turn.merge(row.teamId(), 1, Integer::sum) - 1;
                    to = others.get(i % others.size());
                }
                History.move(c, row, row.departmentId(), row.teamId(), to, "REASSIGN", caller.username(), now);
                // open callbacks follow the contact: to its new agent, or to the team (no agent = away, the team sees it)
                try (PreparedStatement st = c.prepareStatement("UPDATE callback SET agent_username = ?, team_id = ? WHERE contact_id = ? "
                        + "AND agent_username = ? AND state = 'BOOKED'")) {
                    st.setString(1, to);
                    st.setObject(2, row.teamId());
                    st.setLong(3, row.id());
                    st.setString(4, agent);
                    st.executeUpdate();
                }
                perTarget.merge(to == null ? TEAM_POOL : to, 1, Integer::sum);
            }
            return rows.size();
        }));
        audit.record(caller, o.slug(), "assignment.reassign", "agent " + agent, AuditLog.OK, perTarget.toString());
        return new AssignmentResult(moved, perTarget);
    }

    private static boolean responsibleForTeam(Caller caller, People people, Long team) {
        return switch (caller.dataScope()) {
            case TENANT -> true;
            case DEPARTMENT -> caller.role() == Role.SUPERVISOR && team != null && Objects.equals(people.departmentOf(team), caller.departmentId());
            case TEAM -> caller.role() == Role.TEAM_LEAD && team != null && Objects.equals(caller.teamId(), team);
            case OWN -> false;
        };
    }

    private Owner owner(Caller caller, String tenant) {
        if (OrgService.AGENCY.equals(tenant)) throw PlatformException.invalid("tenant", "contacts belong to tenants, not the agency");
        return owners.resolve(caller, tenant, "assignment", "write");
    }

    private PlatformException refuse(Caller caller, Owner o, AssignmentRequest r, String why) {
        return audit.refuse(caller, o.slug(), "assignment.write", "campaign " + r.campaignKey() + " " + r.level(), why);
    }

    private static Long id(String target) {
        try {
            return Long.valueOf(target);
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("targets", target + " is not a unit id");
        }
    }
}
