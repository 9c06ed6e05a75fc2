package io.bpohub.core.dialing;

import io.bpohub.core.access.Guard;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.DirectConnections;
import io.bpohub.core.db.Timestamps;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.InboundCallView;
import io.bpohub.platform.services.InboundNumberView;
import io.bpohub.platform.services.InboundPlanView;
import io.bpohub.platform.services.InboundService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.QueueToday;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The tenant-facing side of inbound calls: numbers, the inbound plan, agents' skills, calls in progress. */
public final class Inbound implements InboundService {
    /** A phone number in E.164 form (+ and 4 to 15 digits), as the telephony API takes it. */
    static final String NUMBER = "\\+[1-9][0-9]{3,14}";
    private static final String SKILL = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final int MAX_SKILLS = 50;
    private static final int MAX_DOCUMENT = 200_000;

    private final ControlDb control;
    private final Owners owners;
    private final Guard guard;
    private final AuditLog audit;
    private final DirectConnections databases;
    private final InboundCalls calls;

    public Inbound(ControlDb control, Owners owners, Guard guard, AuditLog audit, DirectConnections databases, InboundCalls calls) {
        this.control = control;
        this.owners = owners;
        this.guard = guard;
        this.audit = audit;
        this.databases = databases;
        this.calls = calls;
    }

    @Override
    public List<InboundNumberView> numbers(Caller caller, String tenant) {
        Owner o = owners.resolve(caller, tenant, "campaign", "read");
        return control.tx(s -> {
            List<InboundNumberView> numbers = new ArrayList<>();
            for (Object row : s.createNativeQuery("SELECT number, assigned_by, assigned_at FROM inbound_number WHERE tenant_id = :t ORDER BY number")
                    .setParameter("t", o.tenantId()).getResultList()) {
                Object[] r = (Object[]) row;
                numbers.add(new InboundNumberView((String) r[0], o.slug(), (String) r[1], ((Timestamp) r[2]).toInstant()));
            }
            return numbers;
        });
    }

    @Override
    public InboundNumberView assignNumber(Caller caller, String tenant, String number) {
        guard.requireAgency(caller, "tenant", "write", tenant);
        Owner o = owners.resolve(caller, tenant, "campaign", "read");
        if (number == null || !number.matches(NUMBER)) throw PlatformException.invalid("number", "an inbound number is E.164: + and 4 to 15 digits, e.g. +18005550100");
        Instant now = Instant.now();
        String holder = control.tx(s -> {
            List<?> rows = s.createNativeQuery("SELECT t.slug FROM inbound_number n JOIN tenant t ON t.id = n.tenant_id WHERE n.number = :n")
                    .setParameter("n", number).getResultList();
            if (rows.isEmpty()) {
                s.createNativeQuery("INSERT INTO inbound_number (number, tenant_id, assigned_by, assigned_at) VALUES (:n, :t, :by, :at)")
                        .setParameter("n", number).setParameter("t", o.tenantId()).setParameter("by", caller.username())
                        .setParameter("at", Timestamp.from(now)).executeUpdate();
                return o.slug();
            }
            return (String) rows.get(0);
        });
        if (!holder.equals(o.slug())) {
            throw PlatformException.conflict("number", number + " belongs to tenant " + holder + "; release it there first");
        }
        audit.record(caller, o.slug(), "inbound.number.assign", number, AuditLog.OK, null);
        return numbers(caller, tenant).stream().filter(n -> n.number().equals(number)).findFirst().orElseThrow();
    }

    @Override
    public void releaseNumber(Caller caller, String tenant, String number) {
        guard.requireAgency(caller, "tenant", "write", tenant);
        Owner o = owners.resolve(caller, tenant, "campaign", "read");
        int removed = control.tx(s -> s.createNativeQuery("DELETE FROM inbound_number WHERE number = :n AND tenant_id = :t")
                .setParameter("n", number == null ? "" : number).setParameter("t", o.tenantId()).executeUpdate());
        if (removed == 0) throw PlatformException.notFound("tenant " + o.slug() + " has no inbound number " + number);
        audit.record(caller, o.slug(), "inbound.number.release", number, AuditLog.OK, null);
    }

    @Override
    public InboundPlanView plan(Caller caller, String tenant) {
        Owner o = owners.resolve(caller, tenant, "campaign", "read");
        return databases.in(o.slug(), Inbound::newest);
    }

    @Override
    public InboundPlanView savePlan(Caller caller, String tenant, String document) {
        Owner o = owners.resolve(caller, tenant, "campaign", "write");
        if (document != null && document.length() > MAX_DOCUMENT) throw PlatformException.invalid("document", "an inbound plan is at most " + MAX_DOCUMENT + " characters");
        InboundPlan.parse(document); // refused with the field named, before anything is stored
        InboundPlanView saved = databases.in(o.slug(), c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO inbound_plan (document, saved_by, saved_at) VALUES (?,?,?)")) {
                st.setString(1, document);
                st.setString(2, caller.username());
                st.setTimestamp(3, Timestamp.from(Instant.now()));
                st.executeUpdate();
            }
            return newest(c);
        });
        audit.record(caller, o.slug(), "inbound.plan.save", "revision " + saved.revision(), AuditLog.OK, null);
        return saved;
    }

    @Override
    public Set<String> skills(Caller caller, String tenant, String agent) {
        Owner o = owners.resolve(caller, tenant, "assignment", "read");
        return databases.in(o.slug(), c -> skills(c, agent));
    }

    @Override
    public Set<String> setSkills(Caller caller, String tenant, String agent, Set<String> skills) {
        Owner o = owners.resolve(caller, tenant, "assignment", "write");
        if (agent == null || agent.isBlank()) throw PlatformException.invalid("agent", "name the agent");
        Set<String> wanted = new TreeSet<>(skills == null ? Set.of() : skills);
        if (wanted.size() > MAX_SKILLS) throw PlatformException.invalid("skills", "an agent has at most " + MAX_SKILLS + " skills");
        for (String skill : wanted) {
            if (skill == null || !skill.matches(SKILL)) throw PlatformException.invalid("skills", "a skill is 1 to 64 letters, digits, '.', '_' or '-': " + skill);
        }
        boolean known = control.tx(s -> !s.createNativeQuery("SELECT 1 FROM app_user u LEFT JOIN tenant t ON t.id = u.tenant_id "
                + "WHERE u.username = :u AND (u.tenant_id IS NULL OR t.slug = :slug)").setParameter("u", agent).setParameter("slug", o.slug())
                .getResultList().isEmpty());
        if (!known) throw PlatformException.notFound("no agent " + agent + " who may work for " + o.slug());
        Set<String> stored = databases.in(o.slug(), c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM agent_skill WHERE agent_username = ?")) {
                del.setString(1, agent);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO agent_skill (agent_username, skill) VALUES (?,?)")) {
                for (String skill : wanted) {
                    ins.setString(1, agent);
                    ins.setString(2, skill);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return skills(c, agent);
        });
        audit.record(caller, o.slug(), "inbound.skills", agent, AuditLog.OK, String.join(",", stored));
        return stored;
    }

    @Override
    public List<InboundCallView> live(Caller caller, String tenant) {
        Owner o = owners.resolve(caller, tenant, "report", "read");
        return calls.live(o.slug());
    }

    /**
     * The day's figures come from the records of calls that waited in each queue since the tenant's midnight; the
     * waiting callers from the calls in progress. A call counts in the last queue it waited in.
     */
    @Override
    public List<QueueToday> queues(Caller caller, String tenant) {
        Owner o = owners.resolve(caller, tenant, "report", "read");
        ZoneId zone = ZoneId.of(o.timeZone());
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(now, zone);
        InboundPlan plan = InboundPlan.parse(databases.in(o.slug(), Inbound::newest).document());
        Map<String, QueueTally> tallies = new HashMap<>();
        plan.queues().values().forEach(q -> tallies.put(q.key(), new QueueTally(q.serviceLevel())));
        databases.in(o.slug(), c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT queue_key, result, queued_at, connected_at FROM cdr "
                    + "WHERE dial_mode = 'INBOUND' AND queue_key IS NOT NULL AND started_at >= ?")) {
                st.setTimestamp(1, Timestamp.from(day.atStartOfDay(zone).toInstant()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        QueueTally t = tallies.get(rs.getString(1));
                        if (t != null) t.ended(rs.getString(2), Timestamps.instant(rs.getTimestamp(3)), Timestamps.instant(rs.getTimestamp(4)));
                    }
                }
            }
            return null;
        });
        for (InboundCallView call : calls.live(o.slug())) {
            QueueTally t = call.queue() == null ? null : tallies.get(call.queue());
            if (t != null && "QUEUED".equals(call.state())) t.waiting(call.queuedAt(), now);
        }
        return plan.queues().values().stream().map(q -> tallies.get(q.key()).today(q.key(), q.campaign(), day)).toList();
    }

    static Set<String> skills(Connection c, String agent) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT skill FROM agent_skill WHERE agent_username = ? ORDER BY skill")) {
            st.setString(1, agent);
            Set<String> skills = new TreeSet<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) skills.add(rs.getString(1));
            }
            return skills;
        }
    }

    /** One queue's day, added up call by call. */
    private static final class QueueTally {
        final Duration target;
        long offered;
        long answered;
        long withinTarget;
        long abandoned;
        long callbacks;
        long answerMillis;
        int waitingNow;
        Duration longestWait;

        QueueTally(Duration target) {
            this.target = target;
        }

        void ended(String result, Instant queuedAt, Instant connectedAt) {
            offered++;
            if ("CONNECTED".equals(result) && queuedAt != null && connectedAt != null) {
                Duration wait = Duration.between(queuedAt, connectedAt);
                answered++;
                answerMillis += wait.toMillis();
                if (wait.compareTo(target) <= 0) withinTarget++;
            } else if ("ABANDONED".equals(result)) {
                abandoned++;
            } else if ("CALLBACK".equals(result)) {
                callbacks++;
            }
        }

        void waiting(Instant queuedAt, Instant now) {
            waitingNow++;
            Duration wait = queuedAt == null ? Duration.ZERO : Duration.between(queuedAt, now);
            if (longestWait == null || wait.compareTo(longestWait) > 0) longestWait = wait;
        }

        QueueToday today(String queue, String campaign, LocalDate day) {
            return new QueueToday(queue, campaign, day, (int) target.toSeconds(), waitingNow, longestWait == null ? null : (int) longestWait.toSeconds(),
                    offered, answered, withinTarget, abandoned, callbacks, offered - answered - abandoned - callbacks, Dialing.share(withinTarget, offered),
                    answered == 0 ? null : (int) Math.round(answerMillis / 1000.0 / answered), Dialing.share(abandoned, offered));
        }
    }

    private static InboundPlanView newest(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT revision, document, saved_by, saved_at FROM inbound_plan ORDER BY revision DESC LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) return new InboundPlanView(0, InboundPlan.EMPTY, null, null);
            return new InboundPlanView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
        }
    }
}
