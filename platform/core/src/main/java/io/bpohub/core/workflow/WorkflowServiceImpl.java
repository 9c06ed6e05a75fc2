package io.bpohub.core.workflow;

import io.bpohub.core.db.Timestamps;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.campaigns.CampaignStore;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.platform.services.CallOutcome;
import io.bpohub.platform.services.CallbackView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.ContactCard;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.NewCallback;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.WorkflowEvent;
import io.bpohub.platform.services.WorkflowService;
import io.bpohub.platform.services.WorkflowState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Outcomes, grades, callbacks and contact cards; every read and write limited to the caller's part of the tree. */
public final class WorkflowServiceImpl implements WorkflowService {
    /** Clocks of dialers and agents' machines drift a little; a call "ending" later than this ahead of us is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Owners owners;
    private final AuditLog audit;

    public WorkflowServiceImpl(ControlDb control, TenantSessions tenantSessions, Owners owners, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.owners = owners;
        this.audit = audit;
    }

    @Override
    public WorkflowState recordOutcome(Caller caller, String tenant, long contactId, CallOutcome outcome) {
        Owner o = owner(caller, tenant, "write");
        if (outcome == null || outcome.dispositionKey() == null || outcome.dispositionKey().isBlank()) {
            throw PlatformException.invalid("dispositionKey", "give the disposition key pressed for the call");
        }
        Instant now = Instant.now();
        Instant calledAt = outcome.calledAt() == null ? now : outcome.calledAt();
        if (calledAt.isAfter(now.plus(CLOCK_SKEW))) throw PlatformException.invalid("calledAt", "calledAt " + calledAt + " is in the future");
        checkText(outcome.callRef(), 64, "callRef");
        checkText(outcome.note(), 2000, "note");
        WorkflowState state = inTenant(o, c -> {
            ContactRow row = reachable(c, caller, o, contactId, true, "workflow.write");
            CampaignStore.Stored campaign = campaignOf(c, row);
            if (campaign.state() == CampaignState.CLOSED) {
                throw PlatformException.conflict("campaign", "campaign " + campaign.key() + " is closed: no more outcomes");
            }
            CampaignSpec spec = campaign.spec();
            Disposition d = spec.dispositions().stream().filter(x -> x.key().equals(outcome.dispositionKey())).findFirst()
                    .orElseThrow(() -> PlatformException.invalid("dispositionKey", "campaign " + campaign.key() + " has no disposition key "
                            + outcome.dispositionKey() + "; its keys are " + spec.dispositions().stream().map(Disposition::key).collect(Collectors.toList())));
            Outcomes.apply(c, ZoneId.of(o.timeZone()), row, spec, d, calledAt, caller.username(), outcome.callRef(), outcome.note(), null);
            // the call made for a callback the caller holds closes it
            try (PreparedStatement st = c.prepareStatement("UPDATE callback SET state = 'DONE', done_at = ? WHERE contact_id = ? "
                    + "AND taken_by = ? AND state = 'TAKEN'")) {
                st.setTimestamp(1, Timestamps.of(now));
                st.setLong(2, contactId);
                st.setString(3, caller.username());
                st.executeUpdate();
            }
            return ContactRow.find(c, contactId, false).state();
        });
        audit.record(caller, o.slug(), "workflow.outcome", "contact " + contactId, AuditLog.OK,
                outcome.dispositionKey() + " -> " + state.stage() + "/" + state.intentClass() + " next " + state.nextAttemptAt());
        return state;
    }

    @Override
    public WorkflowState setLeadGrade(Caller caller, String tenant, long contactId, LeadGrade grade, String note) {
        Owner o = owner(caller, tenant, "write");
        if (grade == null) throw PlatformException.invalid("grade", "grade must be A, B, C, D or E");
        checkText(note, 2000, "note");
        WorkflowState state = inTenant(o, c -> {
            ContactRow row = reachable(c, caller, o, contactId, true, "workflow.write");
            try (PreparedStatement st = c.prepareStatement("UPDATE contact SET lead_grade = ? WHERE id = ?")) {
                st.setString(1, grade.name());
                st.setLong(2, contactId);
                st.executeUpdate();
            }
            History.event(c, contactId, Instant.now(), caller.username(), "GRADE", null, null, null, row, row.intentClass(), row.stage(),
                    grade, row.nextAttemptAt(), note);
            return ContactRow.find(c, contactId, false).state();
        });
        audit.record(caller, o.slug(), "workflow.grade", "contact " + contactId, AuditLog.OK, grade.name());
        return state;
    }

    @Override
    public CallbackView bookCallback(Caller caller, String tenant, long contactId, NewCallback callback) {
        Owner o = owner(caller, tenant, "write");
        Instant now = Instant.now();
        if (callback == null || callback.dueAt() == null || !callback.dueAt().isAfter(now)) {
            throw PlatformException.invalid("dueAt", "dueAt must be a time in the future");
        }
        if (callback.dueAt().isAfter(now.plus(Duration.ofDays(366)))) throw PlatformException.invalid("dueAt", "dueAt is at most a year ahead");
        checkText(callback.note(), 2000, "note");
        String agent = callback.agentUsername() == null ? caller.username() : callback.agentUsername();
        People people = People.of(control, o.tenantId());
        People.Person person = people.people.get(agent);
        if (person == null || person.disabled() || (person.role() != Role.AGENT && person.role() != Role.TEAM_LEAD)) {
            throw PlatformException.invalid("agentUsername", "no active agent or team lead " + agent + " in " + o.slug());
        }
        if (caller.dataScope() == DataScope.OWN && !agent.equals(caller.username())) {
            throw audit.refuse(caller, o.slug(), "workflow.write", "callback for " + agent, "agents book callbacks for themselves");
        }
        if (!inTreeOfCaller(caller, people, person.unitId())) {
            throw audit.refuse(caller, o.slug(), "workflow.write", "callback for " + agent, agent + " is outside your part of the tree");
        }
        long id = inTenant(o, c -> {
            ContactRow row = reachable(c, caller, o, contactId, false, "workflow.write");
            return Callbacks.insert(c, contactId, row.campaignKey(), agent, person.unitId(), callback.dueAt(), callback.note(),
                    caller.username(), now);
        });
        audit.record(caller, o.slug(), "callback.book", "contact " + contactId, AuditLog.OK, agent + " at " + callback.dueAt());
        return inTenant(o, c -> Callbacks.view(Callbacks.find(c, id), people, now));
    }

    @Override
    public List<CallbackView> dueCallbacks(Caller caller, String tenant, Instant asOf) {
        Owner o = owner(caller, tenant, "read");
        Instant at = asOf == null ? Instant.now() : asOf;
        People people = People.of(control, o.tenantId());
        return inTenant(o, c -> {
            List<Callbacks.Row> rows = switch (caller.dataScope()) {
                case OWN -> Callbacks.due(c, at, caller.username(), caller.teamId() == null ? -1L : caller.teamId());
                case TEAM -> Callbacks.due(c, at, null, caller.teamId() == null ? -1L : caller.teamId());
                default -> Callbacks.due(c, at, null, null);
            };
            List<CallbackView> out = new ArrayList<>();
            for (Callbacks.Row r : rows) {
                boolean mine = caller.username().equals(r.agent());
                boolean visible = switch (caller.dataScope()) {
                    // a colleague's callback pops up for the team only once its agent is away
                    case OWN -> mine || (Objects.equals(r.teamId(), caller.teamId()) && Callbacks.away(r, people, at));
                    case TEAM -> true;
                    case DEPARTMENT -> caller.departmentId() != null && (Objects.equals(r.contactDepartmentId(), caller.departmentId())
                            || Objects.equals(people.departmentOf(r.teamId()), caller.departmentId()));
                    case TENANT -> true;
                };
                if (visible) out.add(Callbacks.view(r, people, at));
            }
            return out;
        });
    }

    @Override
    public CallbackView takeCallback(Caller caller, String tenant, long callbackId) {
        Owner o = owner(caller, tenant, "write");
        Instant now = Instant.now();
        People people = People.of(control, o.tenantId());
        CallbackView taken = inTenant(o, c -> {
            Callbacks.Row r = callbackOf(c, o, callbackId);
            boolean mine = caller.username().equals(r.agent());
            boolean teamTakesOver = caller.dataScope() == DataScope.OWN && caller.teamId() != null
                    && Objects.equals(r.teamId(), caller.teamId()) && !r.dueAt().isAfter(now) && Callbacks.away(r, people, now);
            boolean above = caller.dataScope() != DataScope.OWN && callbackInTree(caller, people, r);
            if (!mine && !teamTakesOver && !above) {
                throw audit.refuse(caller, o.slug(), "callback.take", "callback " + callbackId, "callback " + callbackId
                        + " is " + r.agent() + "'s; the team may take it only when its agent is away (5 minutes after its time)");
            }
            if (!Callbacks.move(c, callbackId, "TAKEN", List.of("BOOKED"), caller.username(), now)) {
                throw PlatformException.conflict("state", "callback " + callbackId + " is " + r.state()
                        + (r.takenBy() == null ? "" : " (taken by " + r.takenBy() + ")"));
            }
            return Callbacks.view(Callbacks.find(c, callbackId), people, now);
        });
        audit.record(caller, o.slug(), "callback.take", "callback " + callbackId, AuditLog.OK, null);
        return taken;
    }

    @Override
    public CallbackView completeCallback(Caller caller, String tenant, long callbackId) {
        Owner o = owner(caller, tenant, "write");
        Instant now = Instant.now();
        People people = People.of(control, o.tenantId());
        CallbackView done = inTenant(o, c -> {
            Callbacks.Row r = callbackOf(c, o, callbackId);
            boolean holder = caller.username().equals(r.takenBy()) || (r.takenBy() == null && caller.username().equals(r.agent()));
            if (!holder && !(caller.dataScope() != DataScope.OWN && callbackInTree(caller, people, r))) {
                throw audit.refuse(caller, o.slug(), "callback.complete", "callback " + callbackId, "callback " + callbackId + " is not yours");
            }
            if (!Callbacks.move(c, callbackId, "DONE", List.of("BOOKED", "TAKEN"), caller.username(), now)) {
                throw PlatformException.conflict("state", "callback " + callbackId + " is " + r.state());
            }
            return Callbacks.view(Callbacks.find(c, callbackId), people, now);
        });
        audit.record(caller, o.slug(), "callback.complete", "callback " + callbackId, AuditLog.OK, null);
        return done;
    }

    @Override
    public List<CallbackView> callbacks(Caller caller, String tenant, long contactId) {
        Owner o = owner(caller, tenant, "read");
        People people = People.of(control, o.tenantId());
        Instant now = Instant.now();
        return inTenant(o, c -> {
            reachable(c, caller, o, contactId, false, "workflow.read");
            List<CallbackView> out = new ArrayList<>();
            for (Callbacks.Row r : Callbacks.ofContact(c, contactId)) out.add(Callbacks.view(r, people, now));
            return out;
        });
    }

    @Override
    public List<WorkflowEvent> history(Caller caller, String tenant, long contactId) {
        Owner o = owner(caller, tenant, "read");
        return inTenant(o, c -> {
            reachable(c, caller, o, contactId, false, "workflow.read");
            return History.events(c, contactId);
        });
    }

    @Override
    public ContactCard card(Caller caller, String tenant, long contactId) {
        Owner o = owner(caller, tenant, "read");
        People people = People.of(control, o.tenantId());
        Instant now = Instant.now();
        return inTenant(o, c -> {
            ContactRow row = reachable(c, caller, o, contactId, false, "workflow.read");
            List<CallbackView> callbacks = new ArrayList<>();
            for (Callbacks.Row r : Callbacks.ofContact(c, contactId)) callbacks.add(Callbacks.view(r, people, now));
            return new ContactCard(row.view(), row.state(), History.events(c, contactId), callbacks, History.moves(c, contactId));
        });
    }

    // --- helpers

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTenant(Owner o, Work<T> work) {
        return tenantSessions.inTenant(o.slug(), s -> s.doReturningWork(work::run));
    }

    private Owner owner(Caller caller, String tenant, String action) {
        if (OrgService.AGENCY.equals(tenant)) throw PlatformException.invalid("tenant", "contacts belong to tenants, not the agency");
        return owners.resolve(caller, tenant, "workflow", action);
    }

    /** The contact if the caller's place in the tree reaches it; else a refusal, audited (a missing id is a plain 404). */
    private ContactRow reachable(Connection c, Caller caller, Owner o, long contactId, boolean lock, String action) throws SQLException {
        ContactRow row = ContactRow.find(c, contactId, lock);
        if (row == null) throw PlatformException.notFound("no contact " + contactId + " in " + o.slug());
        if (!ContactScope.reaches(c, caller, row)) {
            throw audit.refuse(caller, o.slug(), action, "contact " + contactId, "contact " + contactId + " is outside your part of the tree");
        }
        return row;
    }

    private Callbacks.Row callbackOf(Connection c, Owner o, long id) throws SQLException {
        Callbacks.Row r = Callbacks.find(c, id);
        if (r == null) throw PlatformException.notFound("no callback " + id + " in " + o.slug());
        return r;
    }

    private static CampaignStore.Stored campaignOf(Connection c, ContactRow row) throws SQLException {
        if (row.campaignKey() == null) throw PlatformException.conflict("contactId", "contact " + row.id() + " is in no campaign");
        CampaignStore.Stored s = CampaignStore.find(c, row.campaignKey());
        if (s == null) throw PlatformException.conflict("campaign", "campaign " + row.campaignKey() + " of contact " + row.id() + " is not defined yet");
        return s;
    }

    /** A unit (the person's team) within the caller's part of the tree. */
    private static boolean inTreeOfCaller(Caller caller, People people, Long unitId) {
        return switch (caller.dataScope()) {
            case TENANT -> true;
            case DEPARTMENT -> caller.departmentId() != null && (Objects.equals(unitId, caller.departmentId())
                    || Objects.equals(people.departmentOf(unitId), caller.departmentId()));
            case TEAM -> caller.teamId() != null && Objects.equals(unitId, caller.teamId());
            case OWN -> true; // checked by the caller: an agent books only for themselves
        };
    }

    private static boolean callbackInTree(Caller caller, People people, Callbacks.Row r) {
        return switch (caller.dataScope()) {
            case TENANT -> true;
            case DEPARTMENT -> caller.departmentId() != null && (Objects.equals(r.contactDepartmentId(), caller.departmentId())
                    || Objects.equals(people.departmentOf(r.teamId()), caller.departmentId()));
            case TEAM -> caller.teamId() != null && (Objects.equals(r.teamId(), caller.teamId()) || Objects.equals(r.contactTeamId(), caller.teamId()));
            case OWN -> false;
        };
    }

    private static void checkText(String value, int max, String field) {
        if (value != null && value.length() > max) throw PlatformException.invalid(field, field + " is at most " + max + " characters");
    }
}
