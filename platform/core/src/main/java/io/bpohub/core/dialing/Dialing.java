package io.bpohub.core.dialing;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AbandonTally;
import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.AgentStateListener;
import io.bpohub.api.dialer.CampaignPlan;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.Dialer;
import io.bpohub.api.dialer.DialerRun;
import io.bpohub.api.dialer.PastAnswer;
import io.bpohub.core.workflow.Outcomes;
import io.bpohub.platform.services.StopReason;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.routing.RoutingService;
import io.bpohub.api.telephony.MonitorMode;
import io.bpohub.api.telephony.TelephonyException;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.campaigns.CampaignStore;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.DirectConnections;
import io.bpohub.core.imports.DoNotCallLists;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.model.UserRecord;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.AgentDesk;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.DialingPolicy;
import io.bpohub.platform.services.DialingService;
import io.bpohub.platform.services.DialingView;
import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dialing of tenants' campaigns inside the platform: each running campaign is a run of the hot-deployable
 * dialer on the installation's telephony gateway, fed by {@link CampaignCalls} (numbers, CDRs, workflow, agent
 * history) of the tenant's own database. Runs live in this node's memory; their records do not: every call and
 * agent state change is in the tenant's database when it happens.
 */
public final class Dialing implements DialingService, AutoCloseable {
    /** Wrap-up an agent gets after each call before being made ready again (PRODUCT.md: wrap-up with automatic timeout). */
    static final Duration WRAP_UP = Duration.ofSeconds(30);
    /** A transfer target naming a queue of the tenant's inbound plan: {@code queue:care}. */
    static final String QUEUE_TARGET = "queue:";
    private static final Logger LOG = LoggerFactory.getLogger(Dialing.class);
    private static final int RATE_SCALE = 4;
    /** The pause an agent is back in after a restart of the platform. */
    static final String RESTARTED = "platform restarted: press Ready to take calls";

    /** A campaign being dialled, and the last state of each of its agents (the desks). */
    private static final class Running implements AgentStateListener {
        final String tenant;
        final String campaignKey;
        final DialMode mode;
        /** What the run dials under: its mode, strategy and the tenant's abandon rules, which may change while it runs. */
        volatile CampaignPlan plan;
        final Instant startedAt;
        final String startedBy;
        final CampaignCalls calls;
        final InboundCalls inbound;
        final DeskChanges deskChanges;
        final Map<String, AgentStateChange> desks = new ConcurrentHashMap<>();
        /** Calls of the campaign on hold now, by call id. */
        final Set<String> held = ConcurrentHashMap.newKeySet();
        /** Whom the agent of a call consults while its caller holds, by call id. */
        final Map<String, String> consulting = new ConcurrentHashMap<>();
        /** Remote agents' own phones, by agent: their calls go there instead of their softphone. */
        final Map<String, String> remotePhones = new ConcurrentHashMap<>();
        volatile DialerRun run;
        volatile AutoCloseable callEvents;
        volatile TelephonyGateway gateway;
        volatile Dialer dialer;

        Running(String tenant, String campaignKey, DialMode mode, CampaignPlan plan, Instant startedAt, String startedBy, CampaignCalls calls,
                InboundCalls inbound, DeskChanges deskChanges) {
            this.inbound = inbound;
            this.deskChanges = deskChanges;
            this.tenant = tenant;
            this.campaignKey = campaignKey;
            this.mode = mode;
            this.plan = plan;
            this.startedAt = startedAt;
            this.startedBy = startedBy;
            this.calls = calls;
        }

        @Override
        public void changed(AgentStateChange change) {
            try {
                show(change);
            } finally {
                deskChanges.changed(tenant, change.agentId());
            }
        }

        /** The agent's desk after {@code change}. */
        private void show(AgentStateChange change) {
            if (change.contactId() == null && change.callId() != null) {
                // an inbound caller an agent recorded as a contact: a colleague consulted or transferred to sees the contact too
                Long known = inbound.contactOf(tenant, change.callId());
                if (known != null) change = new AgentStateChange(change.agentId(), change.from(), change.to(), change.at(), change.pauseReason(),
                        String.valueOf(known), change.callId());
            }
            calls.changed(change);
            if (change.to() == AgentState.LOGGED_OUT) {
                desks.remove(change.agentId());
                remotePhones.remove(change.agentId());
                return;
            }
            AgentStateChange before = desks.get(change.agentId());
            if (before != null && before.to() == AgentState.ON_CALL && change.to() != AgentState.ON_CALL) {
                held.remove(before.callId());
                consulting.remove(before.callId());
            }
            if (change.to() == AgentState.WRAP_UP && change.contactId() == null && before != null) {
                // wrap-up is about the call just ended: its contact stays on the screen for the disposition
                change = new AgentStateChange(change.agentId(), change.from(), change.to(), change.at(), null, before.contactId(), before.callId());
            }
            desks.put(change.agentId(), change);
            if (change.to() == AgentState.ON_CALL && change.callId() != null && !transferredFrom(change)) record(change.callId());
        }

        /** Whether another agent had the call just before (a transfer): its recording goes on. */
        private boolean transferredFrom(AgentStateChange change) {
            return desks.values().stream().anyMatch(d -> change.callId().equals(d.callId()) && !d.agentId().equals(change.agentId()));
        }

        /** Every call put through to an agent is recorded (the reference goes on its CDR). */
        private void record(String callId) {
            try {
                gateway.record(callId);
            } catch (TelephonyException e) {
                LOG.warn("call {} of campaign {} is not recorded: {}", callId, campaignKey, e.getMessage());
            }
        }

        /** Logs the agent out now, or when the call on their screen has ended (the dialer decides on its clock). */
        void logout(String agent) {
            run.logout(agent);
        }

        /** Where the agent's calls are put through: their own phone when remote, else their softphone at the gateway. */
        String endpoint(String agent) {
            String phone = remotePhones.get(agent);
            return phone != null ? phone : endpointOf(tenant, agent);
        }

        AgentDesk desk(String agent) {
            AgentStateChange c = desks.get(agent);
            if (c == null) return AgentDesk.loggedOut(agent, campaignKey, deskChanges.version(tenant, agent));
            String unknownCaller = c.contactId() == null && c.callId() != null ? inbound.callerOf(tenant, c.callId()) : null;
            return new AgentDesk(agent, campaignKey, c.to(), c.pauseReason(), c.contactId() == null ? null : Long.valueOf(c.contactId()),
                    c.callId(), c.at(), c.to() == AgentState.ON_CALL && held.contains(c.callId()), unknownCaller, remotePhones.get(agent),
                    c.to() == AgentState.ON_CALL && c.callId() != null ? consulting.get(c.callId()) : null, deskChanges.version(tenant, agent));
        }
    }

    private final ControlDb control;
    private final Owners owners;
    private final AuditLog audit;
    private final DirectConnections databases;
    private final DoNotCallLists doNotCall;
    private final Supplier<Dialer> dialer;
    private final Supplier<TelephonyGateway> gateway;
    private final InboundCalls inbound;
    private final DialingPolicies policies;
    private final DeskChanges deskChanges = new DeskChanges();
    /** "tenant/campaign" → its run. */
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    /** "tenant/agent" → the campaign the agent works. */
    private final Map<String, String> working = new ConcurrentHashMap<>();

    public Dialing(ControlDb control, Owners owners, AuditLog audit, DirectConnections databases, DoNotCallLists doNotCall,
                   Supplier<Dialer> dialer, Supplier<TelephonyGateway> gateway, Supplier<RoutingService> routing) {
        this.control = control;
        this.owners = owners;
        this.audit = audit;
        this.databases = databases;
        this.doNotCall = doNotCall;
        this.dialer = dialer;
        this.gateway = gateway;
        this.policies = new DialingPolicies(control);
        this.inbound = new InboundCalls(control, databases, routing, (slug, campaignKey) -> {
            Running r = running.get(slug + "/" + campaignKey);
            return r == null ? null : r.run;
        }, this::placeOf);
    }

    /** The inbound calls of the installation's gateway, answered by the tenants' inbound plans. */
    public InboundCalls inbound() {
        return inbound;
    }

    @Override
    public DialingView start(Caller caller, String tenant, String campaignKey, DialMode mode, String strategy) {
        Owner o = owners.resolve(caller, tenant, "campaign", "write");
        if (mode == null) throw PlatformException.invalid("mode", "mode is PREVIEW, PROGRESSIVE, PREDICTIVE or INBOUND");
        String pacing = strategy == null || strategy.isBlank() ? null : strategy.strip();
        if (pacing != null && mode != DialMode.PREDICTIVE) {
            throw PlatformException.invalid("strategy", "a pacing strategy paces predictive campaigns only; " + mode + " dials without one");
        }
        if (pacing != null && !dialer.get().strategies().contains(pacing)) {
            throw PlatformException.invalid("strategy", "no pacing strategy " + pacing + " is deployed; deployed: " + dialer.get().strategies());
        }
        CampaignStore.Stored campaign = databases.in(o.slug(), c -> CampaignStore.find(c, campaignKey == null ? "" : campaignKey));
        if (campaign == null) throw PlatformException.notFound("no campaign " + campaignKey + " in " + o.slug());
        if (campaign.state() != CampaignState.ACTIVE) {
            throw PlatformException.conflict("campaign", "campaign " + campaignKey + " is " + campaign.state() + "; resume it before dialing");
        }
        Running r = launch(o.slug(), o.tenantId(), ZoneId.of(o.timeZone()), campaignKey, mode, pacing, Instant.now(), caller.username());
        control.run(s -> s.createNativeQuery("INSERT INTO dialing_run (tenant_id, campaign_key, mode, strategy, started_by, started_at) "
                + "VALUES (:t, :k, :m, :st, :by, :at) ON DUPLICATE KEY UPDATE mode = VALUES(mode), strategy = VALUES(strategy), "
                + "started_by = VALUES(started_by), started_at = VALUES(started_at)").setParameter("t", o.tenantId()).setParameter("k", campaignKey)
                .setParameter("m", mode.name()).setParameter("st", pacing).setParameter("by", caller.username())
                .setParameter("at", java.sql.Timestamp.from(r.startedAt)).executeUpdate());
        audit.record(caller, o.slug(), "dialing.start", campaignKey, AuditLog.OK, mode + (pacing == null ? "" : " (" + pacing + ")") + " on "
                + r.gateway.name() + ", abandon limit " + r.plan.policy().limit().toPlainString());
        return view(r);
    }

    @Override
    public List<String> strategies(Caller caller, String tenant) {
        owners.resolve(caller, tenant, "campaign", "read");
        return dialer.get().strategies();
    }

    @Override
    public DialingPolicy policy(Caller caller, String tenant) {
        return policies.of(owners.resolve(caller, tenant, "campaign", "read").tenantId());
    }

    @Override
    public DialingPolicy setPolicy(Caller caller, String tenant, DialingPolicy policy) {
        Owner o = owners.resolve(caller, tenant, "dialing", "policy"); // tenant admins and the agency
        DialingPolicy saved = policies.save(o.tenantId(), policy, caller.username(), Instant.now());
        AbandonPolicy rules = DialingPolicies.abandonPolicy(saved);
        for (Running r : running.values()) {
            if (!r.tenant.equals(o.slug())) continue;
            // the running campaigns follow the new rules at once, their windows counted again from their records
            r.run.follow(rules, since -> databases.in(r.tenant, c -> CampaignCalls.pastAnswers(c, r.campaignKey, since)));
            r.calls.noRedialAfterAbandon(rules.noRedialAfterAbandon());
            r.plan = r.run.plan();
        }
        audit.record(caller, o.slug(), "dialing.policy", o.slug(), AuditLog.OK, saved.abandonLimit().toPlainString() + " over "
                + saved.shortWindowHours() + " h and " + saved.longWindowDays() + " d, connect within " + saved.connectWithinMillis()
                + " ms, no redial " + saved.noRedialHours() + " h");
        return saved;
    }

    /**
     * A run of the campaign under the tenant's abandon rules as they are now, counting the campaign's live answers and
     * abandons of the rules' long window from its call records: stopping and starting it gives it no fresh budget.
     */
    private Running launch(String slug, long tenantId, ZoneId zone, String campaignKey, DialMode mode, String strategy, Instant startedAt,
                           String startedBy) {
        String key = slug + "/" + campaignKey;
        TelephonyGateway g = gateway.get();
        Dialer d = dialer.get();
        AbandonPolicy policy = DialingPolicies.abandonPolicy(policies.of(tenantId));
        synchronized (running) {
            if (running.containsKey(key)) throw PlatformException.conflict("campaign", "campaign " + campaignKey + " is already dialing");
            CampaignCalls calls = new CampaignCalls(databases, slug, zone, campaignKey, g.name(), doNotCall::blocked,
                    policy.noRedialAfterAbandon(), this::placeOf);
            List<PastAnswer> past = databases.in(slug, c -> CampaignCalls.pastAnswers(c, campaignKey, g.timeline().now().minus(policy.longWindow())));
            Running r = new Running(slug, campaignKey, mode, new CampaignPlan(key, mode, null, zone, policy, strategy, past),
                    startedAt, startedBy, calls, inbound, deskChanges);
            attach(r, d, g);
            running.put(key, r);
            return r;
        }
    }

    /**
     * Starts again the campaigns that were being dialled when the platform stopped, with the agents who worked them,
     * paused until each says they are ready (nobody may be at the desk yet); a campaign paused or closed since is
     * dropped from the list. Called once at start-up.
     */
    public int resumeRunning() {
        inbound.attach(gateway.get());
        List<Object[]> runs = control.tx(s -> {
            List<Object[]> rows = new ArrayList<>();
            for (Object row : s.createNativeQuery("SELECT t.slug, t.time_zone, r.campaign_key, r.mode, r.started_by, r.started_at, t.id, r.strategy "
                    + "FROM dialing_run r JOIN tenant t ON t.id = r.tenant_id WHERE t.status = 'ACTIVE'").getResultList()) {
                rows.add((Object[]) row);
            }
            return rows;
        });
        int resumed = 0;
        for (Object[] row : runs) {
            String slug = (String) row[0];
            String campaignKey = (String) row[2];
            CampaignStore.Stored campaign = databases.in(slug, c -> CampaignStore.find(c, campaignKey));
            if (campaign == null || campaign.state() != CampaignState.ACTIVE) {
                forget(slug, campaignKey);
                continue;
            }
            Running r = launch(slug, ((Number) row[6]).longValue(), ZoneId.of((String) row[1]), campaignKey, DialMode.valueOf((String) row[3]),
                    (String) row[7], ((java.sql.Timestamp) row[5]).toInstant(), (String) row[4]);
            int agents = rejoin(r);
            LOG.info("campaign {} of {} dials again after the restart, with {} agents paused until ready", campaignKey, slug, agents);
            resumed++;
        }
        return resumed;
    }

    /** The campaign's agents before the restart, back in it and paused. */
    private int rejoin(Running r) {
        List<?> agents = control.tx(s -> s.createNativeQuery("SELECT a.username, a.remote_phone FROM dialing_agent a JOIN tenant t ON t.id = a.tenant_id "
                + "WHERE t.slug = :s AND a.campaign_key = :k ORDER BY a.joined_at").setParameter("s", r.tenant).setParameter("k", r.campaignKey)
                .getResultList());
        int back = 0;
        for (Object agent : agents) {
            String username = (String) ((Object[]) agent)[0];
            String remotePhone = (String) ((Object[]) agent)[1];
            try {
                if (remotePhone != null) r.remotePhones.put(username, remotePhone);
                r.run.login(username, r.endpoint(username), WRAP_UP, skillsOf(r.tenant, username));
                r.run.pause(username, RESTARTED);
                working.put(r.tenant + "/" + username, r.campaignKey);
                back++;
            } catch (RuntimeException e) {
                LOG.warn("{} of {} is not back in campaign {} after the restart; they join again from the desk: {}", username, r.tenant,
                        r.campaignKey, e.getMessage());
            }
        }
        return back;
    }

    /** The campaign is no longer dialled: nothing of it is started again after a restart. */
    private void forget(String slug, String campaignKey) {
        control.run(s -> {
            for (String table : List.of("dialing_run", "dialing_agent")) {
                s.createNativeQuery("DELETE r FROM " + table + " r JOIN tenant t ON t.id = r.tenant_id WHERE t.slug = :s AND r.campaign_key = :k")
                        .setParameter("s", slug).setParameter("k", campaignKey).executeUpdate();
            }
        });
    }

    /** The agent works the campaign (from their own phone when remote), also after a restart of the platform. */
    private void working(String slug, String username, String campaignKey, String remotePhone) {
        control.run(s -> s.createNativeQuery("INSERT INTO dialing_agent (tenant_id, username, campaign_key, joined_at, remote_phone) "
                + "SELECT id, :u, :k, :at, :p FROM tenant WHERE slug = :s ON DUPLICATE KEY UPDATE campaign_key = VALUES(campaign_key), "
                + "joined_at = VALUES(joined_at), remote_phone = VALUES(remote_phone)").setParameter("u", username).setParameter("k", campaignKey)
                .setParameter("at", java.sql.Timestamp.from(Instant.now())).setParameter("p", remotePhone).setParameter("s", slug).executeUpdate());
    }

    /** The agent works no campaign any more. */
    private void notWorking(String slug, String username) {
        working.remove(slug + "/" + username);
        control.run(s -> s.createNativeQuery("DELETE a FROM dialing_agent a JOIN tenant t ON t.id = a.tenant_id WHERE t.slug = :s "
                + "AND a.username = :u").setParameter("s", slug).setParameter("u", username).executeUpdate());
    }

    private static String endpointOf(String slug, String username) {
        return "agent:" + slug + "/" + username;
    }

    @Override
    public void stop(Caller caller, String tenant, String campaignKey) {
        Owner o = owners.resolve(caller, tenant, "campaign", "write");
        Running r = running.remove(o.slug() + "/" + campaignKey);
        if (r == null) throw PlatformException.notFound("campaign " + campaignKey + " of " + o.slug() + " is not dialing");
        working.entrySet().removeIf(e -> e.getKey().startsWith(o.slug() + "/") && e.getValue().equals(campaignKey));
        detach(r);
        forget(o.slug(), campaignKey);
        audit.record(caller, o.slug(), "dialing.stop", campaignKey, AuditLog.OK, null);
    }

    @Override
    public List<DialingView> board(Caller caller, String tenant) {
        Owner o = owners.resolve(caller, tenant, "report", "read");
        return running.values().stream().filter(r -> r.tenant.equals(o.slug())).sorted(Comparator.comparing(r -> r.campaignKey))
                .map(this::view).toList();
    }

    @Override
    public AgentDesk join(Caller caller, String tenant, String campaignKey, String remotePhone) {
        Owner o = owners.resolve(caller, tenant, "workflow", "write");
        String phone = remotePhone == null || remotePhone.isBlank() ? null : remotePhone.strip();
        if (phone != null && !phone.matches(Inbound.NUMBER)) {
            throw PlatformException.invalid("remotePhone", "a remote agent's phone is an E.164 number, e.g. +447700900123");
        }
        Running r = running(o.slug(), campaignKey);
        String mine = working.putIfAbsent(o.slug() + "/" + caller.username(), campaignKey);
        if (mine != null && !mine.equals(campaignKey)) {
            throw PlatformException.conflict("campaign", "you work campaign " + mine + "; leave it before joining " + campaignKey);
        }
        Set<String> skills = skillsOf(o.slug(), caller.username());
        if (phone != null) r.remotePhones.put(caller.username(), phone);
        try {
            agentMove(() -> r.run.login(caller.username(), r.endpoint(caller.username()), WRAP_UP, skills));
        } catch (PlatformException e) {
            if (phone != null) r.remotePhones.remove(caller.username(), phone);
            throw e;
        }
        working(o.slug(), caller.username(), campaignKey, phone);
        audit.record(caller, o.slug(), "dialing.join", campaignKey, AuditLog.OK, phone == null ? null : "remote at " + phone);
        return r.desk(caller.username());
    }

    @Override
    public AgentDesk ready(Caller caller, String tenant) {
        Running r = mine(caller, tenant);
        agentMove(() -> r.run.ready(caller.username()));
        return r.desk(caller.username());
    }

    @Override
    public AgentDesk pause(Caller caller, String tenant, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 200) throw PlatformException.invalid("reason", "a pause has a reason (1 to 200 characters)");
        Running r = mine(caller, tenant);
        agentMove(() -> r.run.pause(caller.username(), reason.strip()));
        return r.desk(caller.username());
    }

    @Override
    public AgentDesk leave(Caller caller, String tenant) {
        Running r = mine(caller, tenant);
        agentMove(() -> r.logout(caller.username()));
        notWorking(r.tenant, caller.username());
        audit.record(caller, r.tenant, "dialing.leave", r.campaignKey, AuditLog.OK, null);
        return r.desk(caller.username());
    }

    @Override
    public AgentDesk hold(Caller caller, String tenant) {
        return onMyCall(caller, tenant, "dialing.hold", null, (r, call, at) -> {
            if (!r.held.add(call)) throw PlatformException.conflict("call", "your call is on hold already; resume it");
            try {
                r.gateway.hold(call);
            } catch (TelephonyException e) {
                r.held.remove(call);
                throw e;
            }
            databases.in(r.tenant, c -> {
                CallSteps.took(c, call, CallSteps.Kind.HOLD, caller.username(), null, at);
                return null;
            });
        });
    }

    @Override
    public AgentDesk resume(Caller caller, String tenant) {
        return onMyCall(caller, tenant, "dialing.resume", null, (r, call, at) -> {
            if (!r.held.contains(call)) throw PlatformException.conflict("call", "your call is not on hold");
            if (r.consulting.containsKey(call)) {
                // back to the caller from a consultation: the colleague consulted is ready again
                agentMove(() -> r.run.endConsultation(caller.username()));
                r.consulting.remove(call);
            } else {
                r.gateway.resume(call);
            }
            r.held.remove(call);
            databases.in(r.tenant, c -> {
                CallSteps.resumed(c, call, at);
                return null;
            });
        });
    }

    @Override
    public AgentDesk transfer(Caller caller, String tenant, String target) {
        String to = target == null ? "" : target.strip();
        if (to.startsWith(QUEUE_TARGET)) return toQueue(caller, tenant, to);
        return onMyCall(caller, tenant, "dialing.transfer", to, (r, call, at) -> {
            requireTarget(r, to);
            agentMove(() -> r.run.transfer(caller.username(), to));
            databases.in(r.tenant, c -> {
                CallSteps.took(c, call, CallSteps.Kind.TRANSFER, caller.username(), to, at);
                return null;
            });
        });
    }

    /**
     * The caller holds; the agent talks to the target first. Stored as a hold and a consultation, both ended by
     * {@link #resume} (back to the caller) or the transfer.
     */
    @Override
    public AgentDesk consult(Caller caller, String tenant, String target) {
        String to = target == null ? "" : target.strip();
        return onMyCall(caller, tenant, "dialing.consult", to, (r, call, at) -> {
            requireTarget(r, to);
            if (r.consulting.containsKey(call)) throw PlatformException.conflict("call", "you are consulting " + r.consulting.get(call)
                    + " already; transfer the call or go back to the caller");
            agentMove(() -> r.run.consult(caller.username(), to));
            r.consulting.put(call, to);
            boolean holdStarts = r.held.add(call); // a call on hold already stays on its one hold
            databases.in(r.tenant, c -> {
                CallSteps.took(c, call, CallSteps.Kind.CONSULT, caller.username(), to, at);
                if (holdStarts) CallSteps.took(c, call, CallSteps.Kind.HOLD, caller.username(), null, at);
                return null;
            });
        });
    }

    /**
     * Passes the agent's call to a queue of the tenant's inbound plan (another campaign's agents, with the queue's
     * skills): the agent leaves the call and wraps up, the caller waits there. The queue's campaign must be running.
     */
    private AgentDesk toQueue(Caller caller, String tenant, String to) {
        String queueKey = to.substring(QUEUE_TARGET.length());
        return onMyCall(caller, tenant, "dialing.transfer", to, (r, call, at) -> {
            AgentDesk desk = r.desk(caller.username());
            InboundPlan.Queue q = inbound.passing(r.tenant, r.plan.zone(), call, desk.contactId(), queueKey);
            if (q == null) throw PlatformException.invalid("target", "the inbound plan of " + r.tenant + " has no queue " + queueKey
                    + "; name one of its queues, e.g. queue:care");
            if (!running.containsKey(r.tenant + "/" + q.campaign())) {
                inbound.notPassing(call);
                throw PlatformException.conflict("target", "campaign " + q.campaign() + " of queue " + queueKey
                        + " is not running: start it on the board, or transfer to an agent or a number");
            }
            try {
                agentMove(() -> r.run.release(caller.username()));
            } catch (RuntimeException e) {
                inbound.notPassing(call);
                throw e;
            }
            databases.in(r.tenant, c -> {
                CallSteps.took(c, call, CallSteps.Kind.TRANSFER, caller.username(), to, at);
                return null;
            });
        });
    }

    /** A call goes to an agent of the same campaign or to an outside number. */
    private static void requireTarget(Running r, String to) {
        if (!r.desks.containsKey(to) && !to.matches(Inbound.NUMBER)) {
            throw PlatformException.invalid("target", "a call goes to an agent working campaign " + r.campaignKey
                    + " (user name) or to an outside number in E.164 form, e.g. +442071838750");
        }
    }

    @Override
    public AgentDesk conference(Caller caller, String tenant, String number) {
        String party = number == null ? "" : number.strip();
        if (!party.matches(Inbound.NUMBER)) throw PlatformException.invalid("target", "a third party is an outside number in E.164 form, e.g. +442071838750");
        return onMyCall(caller, tenant, "dialing.conference", party, (r, call, at) -> {
            r.gateway.conference(call, party);
            databases.in(r.tenant, c -> {
                CallSteps.took(c, call, CallSteps.Kind.CONFERENCE, caller.username(), party, at);
                return null;
            });
        });
    }

    /**
     * The agent records the inbound caller no contact matched as a new contact of the campaign, with the caller's number,
     * assigned to the agent: the screen pops its card (history, disposition keys, callbacks) and the call's record names it.
     */
    @Override
    public AgentDesk identifyCaller(Caller caller, String tenant, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) throw PlatformException.invalid("name", "the caller's name is 1 to 200 characters");
        Running r = mine(caller, tenant);
        AgentDesk desk = r.desk(caller.username());
        if (desk.contactId() != null) throw PlatformException.conflict("contact", "the caller is contact " + desk.contactId() + " already");
        if (desk.callerNumber() == null) throw PlatformException.conflict("state", "you are on no call from an unknown number now");
        AgentPlace place = placeOf(caller.username());
        // not dialled (CALLED_IN) until a disposition decides; the contact another agent recorded a moment earlier if so
        long contactId = databases.in(r.tenant, c -> Outcomes.contactWithNumber(c, r.campaignKey, desk.callerNumber(), name.strip(),
                caller.username(), caller.username(), place.teamId(), place.departmentId(), StopReason.CALLED_IN));
        r.desks.computeIfPresent(caller.username(), (agent, c) -> desk.callId().equals(c.callId())
                ? new AgentStateChange(c.agentId(), c.from(), c.to(), c.at(), c.pauseReason(), String.valueOf(contactId), c.callId()) : c);
        inbound.identified(r.tenant, desk.callId(), contactId);
        deskChanges.changed(r.tenant, caller.username());
        audit.record(caller, r.tenant, "dialing.identify", desk.callId(), AuditLog.OK, "contact " + contactId);
        return r.desk(caller.username());
    }

    /** A step an agent takes on the call they are on, at the gateway's time; stored before the desk answers. */
    private interface CallControl {
        void take(Running run, String callId, Instant at);
    }

    private AgentDesk onMyCall(Caller caller, String tenant, String action, String target, CallControl control) {
        Running r = mine(caller, tenant);
        AgentDesk desk = r.desk(caller.username());
        if (desk.state() != AgentState.ON_CALL || desk.callId() == null) throw PlatformException.conflict("state", "you are on no call now");
        try {
            control.take(r, desk.callId(), r.gateway.timeline().now());
        } catch (TelephonyException e) {
            throw PlatformException.conflict("call", "the gateway refused (" + e.getMessage() + "); the call may just have ended");
        }
        deskChanges.changed(r.tenant, caller.username());
        audit.record(caller, r.tenant, action, desk.callId(), AuditLog.OK, target);
        return r.desk(caller.username());
    }

    @Override
    public AgentDesk desk(Caller caller, String tenant) {
        Owner o = owners.resolve(caller, tenant, "workflow", "read");
        String campaign = working.get(o.slug() + "/" + caller.username());
        Running r = campaign == null ? null : running.get(o.slug() + "/" + campaign);
        return r == null ? AgentDesk.loggedOut(caller.username(), null, deskChanges.version(o.slug(), caller.username())) : r.desk(caller.username());
    }

    @Override
    public CompletableFuture<AgentDesk> nextDesk(Caller caller, String tenant, long version) {
        Owner o = owners.resolve(caller, tenant, "workflow", "read");
        CompletableFuture<Void> change = deskChanges.after(o.slug(), caller.username(), version);
        CompletableFuture<AgentDesk> next = change.thenApply(v -> desk(caller, tenant));
        next.whenComplete((desk, e) -> {
            if (next.isCancelled()) change.cancel(false); // the waiter gave up: it leaves the desk's queue
        });
        return next;
    }

    @Override
    public AgentDesk force(Caller caller, String tenant, String agent, String action, String reason) {
        Owner o = owners.resolve(caller, tenant, "assignment", "write"); // team leads and above, in their own tenant
        String campaign = working.get(o.slug() + "/" + agent);
        Running r = campaign == null ? null : running.get(o.slug() + "/" + campaign);
        if (r == null) throw PlatformException.notFound(agent + " works no campaign of " + o.slug() + " now");
        String what = action == null ? "" : action.toUpperCase(Locale.ROOT);
        switch (what) {
            case "READY" -> agentMove(() -> r.run.ready(agent));
            case "PAUSED" -> agentMove(() -> r.run.pause(agent, reason == null || reason.isBlank() ? "paused by " + caller.username() : reason.strip()));
            case "LOGGED_OUT" -> {
                agentMove(() -> r.logout(agent));
                notWorking(o.slug(), agent);
            }
            default -> throw PlatformException.invalid("action", "a supervisor can make an agent READY, PAUSED or LOGGED_OUT");
        }
        audit.record(caller, o.slug(), "dialing.force", agent, AuditLog.OK, what + (reason == null ? "" : ": " + reason));
        return r.desk(agent);
    }

    private static void attach(Running r, Dialer d, TelephonyGateway g) {
        r.dialer = d;
        r.gateway = g;
        r.callEvents = g.listen(r.calls::onCallEvent);
        r.run = d.start(r.plan, g, r.calls, r.calls, r);
    }

    /** Lets go of a run: stops it (if its gateway still runs) and stops hearing its gateway's events. */
    private static void detach(Running r) {
        try {
            r.run.close();
        } catch (RuntimeException e) {
            // the old gateway's clock is gone with it: nothing left to stop
        }
        try {
            r.callEvents.close();
        } catch (Exception e) {
            LOG.warn("could not stop listening to the gateway of {}: {}", r.campaignKey, e.getMessage());
        }
    }

    /**
     * Moves every running campaign to the dialer and gateway deployed now, when either was redeployed: the old
     * gateway ended its live calls (their records are stored), the old run is let go, and a new run on the new
     * ones takes the campaign's agents back as they were (paused agents stay paused). Called when a gateway or
     * dialer service appears.
     */
    public void reattach() {
        TelephonyGateway g = gateway.get();
        inbound.attach(g);
        Dialer d = dialer.get();
        synchronized (running) {
            for (Running r : running.values()) {
                if (r.gateway == g && r.dialer == d) continue;
                Map<String, AgentStateChange> agents = Map.copyOf(r.desks);
                Map<String, String> remote = Map.copyOf(r.remotePhones);
                detach(r); // logs the agents out of the old run
                r.desks.clear();
                r.remotePhones.putAll(remote);
                attach(r, d, g);
                for (AgentStateChange a : agents.values()) {
                    r.run.login(a.agentId(), r.endpoint(a.agentId()), WRAP_UP, skillsOf(r.tenant, a.agentId()));
                    if (a.to() == AgentState.PAUSED) r.run.pause(a.agentId(), a.pauseReason());
                }
                LOG.info("campaign {} of {} dials on {} again with {} agents", r.campaignKey, r.tenant, g.name(), agents.size());
            }
        }
    }

    @Override
    public AgentDesk monitor(Caller caller, String tenant, String agent, MonitorMode mode) {
        Owner o = owners.resolve(caller, tenant, "assignment", "write"); // team leads and above, in their own tenant
        if (mode == null) throw PlatformException.invalid("mode", "mode is LISTEN, WHISPER or BARGE");
        String campaign = working.get(o.slug() + "/" + agent);
        Running r = campaign == null ? null : running.get(o.slug() + "/" + campaign);
        AgentDesk desk = r == null ? null : r.desk(agent);
        if (desk == null || desk.state() != AgentState.ON_CALL || desk.callId() == null) {
            throw PlatformException.conflict("agent", agent + " is not on a call now");
        }
        try {
            r.gateway.monitor(desk.callId(), endpointOf(o.slug(), caller.username()), mode);
        } catch (TelephonyException e) {
            throw PlatformException.conflict("agent", "the call of " + agent + " cannot be joined: " + e.getMessage());
        }
        audit.record(caller, o.slug(), "dialing.monitor", agent, AuditLog.OK, mode + " on " + desk.callId());
        return desk;
    }

    @Override
    public Recording recording(Caller caller, String tenant, String callId) {
        Owner o = owners.resolve(caller, tenant, "report", "read");
        String reference = databases.in(o.slug(), c -> {
            try (java.sql.PreparedStatement st = c.prepareStatement("SELECT recording_ref FROM cdr WHERE call_id = ?")) {
                st.setString(1, callId == null ? "" : callId);
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (reference == null) throw PlatformException.notFound("no recording of call " + callId + " in " + o.slug());
        try {
            java.io.InputStream audio = gateway.get().openRecording(reference);
            audit.record(caller, o.slug(), "recording.read", callId, AuditLog.OK, reference);
            return new Recording(reference, audio);
        } catch (java.io.IOException | TelephonyException e) {
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, null, "the recording " + reference + " of call " + callId
                    + " cannot be read from the gateway now (" + e.getMessage() + ")");
        }
    }

    private Running running(String slug, String campaignKey) {
        Running r = running.get(slug + "/" + campaignKey);
        if (r == null) throw PlatformException.notFound("campaign " + campaignKey + " of " + slug + " is not dialing; start it first");
        return r;
    }

    private Running mine(Caller caller, String tenant) {
        Owner o = owners.resolve(caller, tenant, "workflow", "write");
        String campaign = working.get(o.slug() + "/" + caller.username());
        if (campaign == null) throw PlatformException.conflict("campaign", "you work no campaign now; join one first");
        return running(o.slug(), campaign);
    }

    private static void agentMove(Runnable move) {
        try {
            move.run();
        } catch (IllegalStateException e) {
            throw PlatformException.conflict("state", e.getMessage());
        }
    }

    /**
     * The agent's skills in the tenant, and the skill of the handler they belong to (in-house or agency), which
     * inbound calls need as the routing decides.
     */
    private Set<String> skillsOf(String slug, String username) {
        Set<String> skills = new HashSet<>(databases.in(slug, c -> Inbound.skills(c, username)));
        skills.add(InboundCalls.handlerSkill(placeOf(username).handler()));
        return skills;
    }

    private AgentPlace placeOf(String username) {
        return control.tx(s -> {
            UserRecord u = s.createQuery("from UserRecord where username = :u", UserRecord.class).setParameter("u", username).uniqueResult();
            if (u == null) return AgentPlace.UNKNOWN;
            Handler handler = u.tenantId == null ? Handler.AGENCY : Handler.IN_HOUSE;
            OrgUnitRecord unit = u.unitId == null ? null : s.get(OrgUnitRecord.class, u.unitId);
            if (unit == null) return new AgentPlace(handler, null, null);
            return unit.kind == OrgUnitKind.TEAM ? new AgentPlace(handler, unit.id, unit.parentId) : new AgentPlace(handler, null, unit.id);
        });
    }

    private DialingView view(Running r) {
        PacingSnapshot s = r.run.snapshot();
        AbandonTally day = s.shortWindow();
        AbandonTally month = s.longWindow();
        List<AgentDesk> agents = new ArrayList<>();
        r.desks.keySet().stream().sorted().forEach(a -> agents.add(r.desk(a)));
        return new DialingView(r.campaignKey, r.mode, r.plan.strategy(), r.gateway.name(), r.startedAt, r.startedBy, s.agentsReady(), s.agentsOnCall(), s.agentsInWrapUp(),
                s.agentsPaused(), s.callsRinging(), s.callsWaiting(), day.liveAnswered(), day.abandoned(), rate(day), rate(month), r.plan.policy().limit(), agents);
    }

    private static BigDecimal rate(AbandonTally t) {
        return share(t.abandoned(), t.liveAnswered());
    }

    /** {@code part} of {@code whole} to 4 places (abandon rates, service levels); null of nothing. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** Stops every run (platform shutdown): calls in progress end and are recorded by the gateway's close. */
    @Override
    public void close() {
        deskChanges.close();
        inbound.detach();
        running.values().forEach(Dialing::detach);
        running.clear();
        working.clear();
    }
}
