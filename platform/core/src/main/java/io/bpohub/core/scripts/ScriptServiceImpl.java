package io.bpohub.core.scripts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bpohub.core.access.Guard;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.db.Timestamps;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.model.ScriptCallRecord;
import io.bpohub.core.model.ScriptRecord;
import io.bpohub.core.model.ScriptVersionRecord;
import io.bpohub.core.model.UserRecord;
import io.bpohub.core.tenancy.TenantServiceImpl;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.NewScript;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.ScriptCall;
import io.bpohub.platform.services.ScriptContent;
import io.bpohub.platform.services.ScriptItem;
import io.bpohub.platform.services.ScriptResults;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.ScriptState;
import io.bpohub.platform.services.ScriptVersionView;
import io.bpohub.platform.services.ScriptView;
import io.bpohub.platform.services.TrialPlan;
import io.bpohub.platform.services.VersionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.LockMode;
import org.hibernate.Session;

/**
 * Scripts in the tenant's database. Every change to a script's versions first locks the script row,
 * so two roll-outs (or a roll-out and a draft save) of the same script run one after the other; the
 * one-LIVE-per-script rule is also a unique key in the schema.
 */
public final class ScriptServiceImpl implements ScriptService {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_ITEMS = 200;

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Guard guard;
    private final AuditLog audit;
    private final ObjectMapper json = new ObjectMapper();

    public ScriptServiceImpl(ControlDb control, TenantSessions tenantSessions, Guard guard, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public ScriptView create(Caller caller, String tenant, NewScript script) {
        guard.require(caller, tenant, "script", "write", tenant + " scripts");
        if (script == null || script.key() == null || !KEY.matcher(script.key()).matches()) {
            throw PlatformException.invalid("key", "key must be 1 to 64 lower-case letters, digits, - or _, starting with a letter or digit");
        }
        if (script.name() == null || script.name().isBlank() || script.name().length() > 200) {
            throw PlatformException.invalid("name", "name must be 1 to 200 characters");
        }
        ScriptView created = tenantSessions.inTenant(tenant, s -> {
            if (find(s, script.key()) != null) throw PlatformException.conflict("key", "script " + script.key() + " exists already");
            ScriptRecord r = new ScriptRecord();
            r.scriptKey = script.key();
            r.name = script.name().trim();
            r.createdAt = Timestamps.now();
            r.createdBy = caller.username();
            s.persist(r);
            return view(r, List.of());
        });
        audit.record(caller, tenant, "script.create", script.key(), AuditLog.OK, null);
        return created;
    }

    @Override
    public List<ScriptView> scripts(Caller caller, String tenant) {
        guard.require(caller, tenant, "script", "read", tenant + " scripts");
        return tenantSessions.inTenant(tenant, s -> {
            Map<Long, List<ScriptVersionRecord>> versions = s.createQuery("from ScriptVersionRecord order by version", ScriptVersionRecord.class)
                    .list().stream().collect(Collectors.groupingBy(v -> v.scriptId));
            return s.createQuery("from ScriptRecord order by scriptKey", ScriptRecord.class).list().stream()
                    .map(r -> view(r, versions.getOrDefault(r.id, List.of()))).collect(Collectors.toList());
        });
    }

    @Override
    public ScriptVersionView saveDraft(Caller caller, String tenant, String key, ScriptContent content) {
        guard.require(caller, tenant, "script", "write", key);
        String body = serialize(checked(content));
        ScriptVersionView saved = tenantSessions.inTenant(tenant, s -> {
            ScriptRecord script = locked(s, key);
            List<ScriptVersionRecord> all = versionsOf(s, script.id);
            ScriptVersionRecord draft = all.stream().filter(v -> v.state == ScriptState.DRAFT).findFirst().orElse(null);
            if (draft == null) {
                draft = new ScriptVersionRecord();
                draft.scriptId = script.id;
                draft.version = all.stream().mapToInt(v -> v.version).max().orElse(0) + 1;
                draft.state = ScriptState.DRAFT;
                draft.createdAt = Timestamps.now();
                draft.createdBy = caller.username();
                draft.content = body;
                s.persist(draft);
            } else {
                draft.content = body; // only a draft is ever rewritten: published versions stay as they were tried
            }
            return view(key, draft, List.of());
        });
        audit.record(caller, tenant, "script.draft", key + " v" + saved.version(), AuditLog.OK, null);
        return saved;
    }

    @Override
    public List<ScriptVersionView> versions(Caller caller, String tenant, String key) {
        guard.require(caller, tenant, "script", "read", key);
        return tenantSessions.inTenant(tenant, s -> versionsOf(s, required(s, key).id).stream()
                .map(v -> view(key, v, List.of())).collect(Collectors.toList()));
    }

    @Override
    public ScriptVersionView version(Caller caller, String tenant, String key, int version) {
        guard.require(caller, tenant, "script", "read", key);
        return tenantSessions.inTenant(tenant, s -> view(key, versionOf(s, required(s, key), version), List.of()));
    }

    @Override
    public ScriptVersionView live(Caller caller, String tenant, String key) {
        guard.require(caller, tenant, "script", "read", key);
        return tenantSessions.inTenant(tenant, s -> versionsOf(s, required(s, key).id).stream()
                .filter(v -> v.state == ScriptState.LIVE).findFirst().map(v -> view(key, v, List.of()))
                .orElseThrow(() -> PlatformException.notFound("script " + key + " has no LIVE version yet; roll out a trial version first")));
    }

    @Override
    public ScriptVersionView startTrial(Caller caller, String tenant, String key, int version, TrialPlan plan) {
        guard.require(caller, tenant, "script", "write", key);
        if (plan == null || plan.testers() == null) throw PlatformException.invalid("testers", "name the agents who try this version");
        List<String> testers = new ArrayList<>(new LinkedHashSet<>(plan.testers()));
        ScriptRules.checkPlan(testers.size(), plan.targetCalls());
        checkTesters(caller, tenant, testers);
        List<String> warnings = ScriptRules.warnings(testers.size(), plan.targetCalls());
        ScriptVersionView started = tenantSessions.inTenant(tenant, s -> {
            ScriptVersionRecord v = versionOf(s, locked(s, key), version);
            ScriptRules.check(version, v.state, ScriptState.TRIAL);
            v.state = ScriptState.TRIAL;
            v.testers = String.join(",", testers);
            v.targetCalls = plan.targetCalls();
            v.trialStartedAt = Timestamps.now();
            return view(key, v, warnings);
        });
        audit.record(caller, tenant, "script.trial", key + " v" + version, AuditLog.OK,
                testers.size() + " testers, " + plan.targetCalls() + " calls" + (warnings.isEmpty() ? "" : "; " + String.join("; ", warnings)));
        return started;
    }

    @Override
    public VersionResult recordCall(Caller caller, String tenant, String key, int version, ScriptCall call) {
        guard.require(caller, tenant, "script", "call", key);
        if (call == null || call.agentUsername() == null || call.agentUsername().isBlank()) {
            throw PlatformException.invalid("agentUsername", "name the agent who made the call");
        }
        if (call.talkSeconds() < 0 || call.talkSeconds() > 86_400) throw PlatformException.invalid("talkSeconds", "talkSeconds must be 0 to 86400");
        if (call.callRef() != null && (call.callRef().isBlank() || call.callRef().length() > 128)) {
            throw PlatformException.invalid("callRef", "callRef must be 1 to 128 characters when given");
        }
        if (caller.dataScope() == DataScope.OWN && !caller.username().equals(call.agentUsername())) {
            throw audit.refuse(caller, tenant, "script.call", key + " v" + version, "an agent records only their own calls");
        }
        checkAgent(tenant, call.agentUsername());
        VersionResult result = tenantSessions.inTenant(tenant, s -> {
            ScriptVersionRecord v = versionOf(s, required(s, key), version);
            if (v.state != ScriptState.TRIAL && v.state != ScriptState.LIVE) {
                throw PlatformException.conflict("version", "version " + version + " is " + v.state + "; calls are recorded on TRIAL and LIVE versions");
            }
            if (v.state == ScriptState.TRIAL && !testers(v).contains(call.agentUsername())) {
                throw PlatformException.invalid("agentUsername", call.agentUsername() + " is not a tester of version " + version
                        + "; its testers are " + testers(v));
            }
            boolean repeated = call.callRef() != null && s.createQuery(
                            "select count(c) from ScriptCallRecord c where c.versionId = :v and c.callRef = :ref", Long.class)
                    .setParameter("v", v.id).setParameter("ref", call.callRef()).uniqueResult() > 0;
            if (!repeated) {
                ScriptCallRecord r = new ScriptCallRecord();
                r.versionId = v.id;
                r.agentUsername = call.agentUsername();
                r.talkSeconds = call.talkSeconds();
                r.success = call.success();
                r.callRef = call.callRef();
                r.recordedAt = Timestamps.now();
                r.recordedBy = caller.username();
                s.persist(r);
                s.flush();
            }
            return result(s, v);
        });
        return result;
    }

    @Override
    public ScriptResults results(Caller caller, String tenant, String key) {
        guard.require(caller, tenant, "script", "read", key);
        return tenantSessions.inTenant(tenant, s -> {
            List<ScriptVersionRecord> tried = versionsOf(s, required(s, key).id).stream()
                    .filter(v -> v.state != ScriptState.DRAFT).collect(Collectors.toList());
            Map<Long, Object[]> counts = counts(s, tried.stream().map(v -> v.id).collect(Collectors.toList()));
            List<VersionResult> results = tried.stream().map(v -> result(v, counts.get(v.id)))
                    // LIVE first (the baseline), then trials, then retired; newest first within each
                    .sorted(Comparator.comparingInt((VersionResult r) -> order(r.state())).thenComparing(r -> -r.version()))
                    .collect(Collectors.toList());
            Integer live = tried.stream().filter(v -> v.state == ScriptState.LIVE).map(v -> v.version).findFirst().orElse(null);
            return new ScriptResults(key, live, results);
        });
    }

    @Override
    public ScriptVersionView rollOut(Caller caller, String tenant, String key, int version, boolean force, String reason) {
        guard.require(caller, tenant, "script", "write", key);
        if (force && (reason == null || reason.isBlank() || reason.length() > 1000)) {
            throw PlatformException.invalid("reason", "a forced roll-out needs a reason (1 to 1000 characters); it is audited");
        }
        String[] forcedAt = new String[1];
        ScriptVersionView live = tenantSessions.inTenant(tenant, s -> {
            ScriptRecord script = locked(s, key);
            ScriptVersionRecord v = versionOf(s, script, version);
            ScriptRules.check(version, v.state, ScriptState.LIVE);
            VersionResult r = result(s, v);
            if (!r.targetReached()) {
                if (!force) {
                    throw PlatformException.conflict("version", "version " + version + " has " + r.calls() + " of its " + v.targetCalls
                            + " trial calls; wait for the target, or force the roll-out with a reason");
                }
                v.forcedReason = reason.trim();
                forcedAt[0] = r.calls() + " of " + v.targetCalls + " calls";
            }
            Instant now = Timestamps.now();
            for (ScriptVersionRecord old : versionsOf(s, script.id)) {
                if (old.state == ScriptState.LIVE) {
                    old.state = ScriptState.RETIRED;
                    old.retiredAt = now;
                }
            }
            s.flush(); // the old LIVE row must be RETIRED before the new one takes the one-LIVE key
            v.state = ScriptState.LIVE;
            v.liveAt = now;
            return view(key, v, List.of());
        });
        if (forcedAt[0] != null) {
            audit.record(caller, tenant, "script.rollout.forced", key + " v" + version, AuditLog.OK, forcedAt[0] + "; reason: " + reason.trim());
        } else {
            audit.record(caller, tenant, "script.rollout", key + " v" + version, AuditLog.OK, null);
        }
        return live;
    }

    @Override
    public ScriptVersionView retire(Caller caller, String tenant, String key, int version) {
        guard.require(caller, tenant, "script", "write", key);
        ScriptVersionView retired = tenantSessions.inTenant(tenant, s -> {
            ScriptVersionRecord v = versionOf(s, locked(s, key), version);
            ScriptRules.check(version, v.state, ScriptState.RETIRED);
            v.state = ScriptState.RETIRED;
            v.retiredAt = Timestamps.now();
            return view(key, v, List.of());
        });
        audit.record(caller, tenant, "script.retire", key + " v" + version, AuditLog.OK, null);
        return retired;
    }

    // ---- checks

    private static ScriptContent checked(ScriptContent c) {
        if (c == null) throw PlatformException.invalid("content", "send the script: opening, interaction, close");
        text(c.opening(), "opening");
        text(c.close(), "close");
        List<ScriptItem> items = c.interaction() == null ? List.of() : c.interaction();
        if (items.size() > MAX_ITEMS) throw PlatformException.invalid("interaction", "at most " + MAX_ITEMS + " interaction items");
        for (int i = 0; i < items.size(); i++) {
            ScriptItem it = items.get(i);
            if (it == null || it.kind() == null) {
                throw PlatformException.invalid("interaction[" + i + "].kind", "kind must be one of " + Arrays.toString(ScriptItem.Kind.values()));
            }
            text(it.prompt(), "interaction[" + i + "].prompt");
            text(it.answer(), "interaction[" + i + "].answer");
        }
        return new ScriptContent(c.opening().trim(), List.copyOf(items), c.close().trim());
    }

    private static void text(String value, String field) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            throw PlatformException.invalid(field, field + " must be 1 to " + MAX_TEXT + " characters");
        }
    }

    /** Testers are agents or team leads of this tenant, inside the caller's part of the tree. */
    private void checkTesters(Caller caller, String tenant, List<String> testers) {
        control.run(s -> {
            long tenantId = TenantServiceImpl.find(s, tenant).id;
            Map<String, UserRecord> found = s.createQuery("from UserRecord where username in :u", UserRecord.class)
                    .setParameterList("u", testers).list().stream().collect(Collectors.toMap(u -> u.username, u -> u));
            for (String name : testers) {
                UserRecord u = found.get(name);
                if (u == null || !Objects.equals(u.tenantId, tenantId) || u.disabled) {
                    throw PlatformException.invalid("testers", "no active person " + name + " in tenant " + tenant);
                }
                if (u.role != Role.AGENT && u.role != Role.TEAM_LEAD) {
                    throw PlatformException.invalid("testers", name + " is " + u.role + "; testers are agents or team leads who take calls");
                }
                OrgUnitRecord team = u.unitId == null ? null : s.get(OrgUnitRecord.class, u.unitId);
                boolean inScope = switch (caller.dataScope()) {
                    case TENANT -> true;
                    case DEPARTMENT -> team != null && Objects.equals(team.parentId, caller.departmentId());
                    case TEAM -> team != null && Objects.equals(team.id, caller.teamId());
                    case OWN -> false;
                };
                if (!inScope) {
                    throw audit.refuse(caller, tenant, "script.trial", name, name + " is outside your part of the tree");
                }
            }
        });
    }

    private void checkAgent(String tenant, String username) {
        control.run(s -> {
            long tenantId = TenantServiceImpl.find(s, tenant).id;
            UserRecord u = s.createQuery("from UserRecord where username = :u", UserRecord.class).setParameter("u", username).uniqueResult();
            if (u == null || !Objects.equals(u.tenantId, tenantId)) {
                throw PlatformException.invalid("agentUsername", "no person " + username + " in tenant " + tenant);
            }
        });
    }

    // ---- lookups

    private static ScriptRecord find(Session s, String key) {
        return s.createQuery("from ScriptRecord where scriptKey = :k", ScriptRecord.class).setParameter("k", key).uniqueResult();
    }

    private static ScriptRecord required(Session s, String key) {
        ScriptRecord r = key == null ? null : find(s, key);
        if (r == null) throw PlatformException.notFound("no script " + key);
        return r;
    }

    private static ScriptRecord locked(Session s, String key) {
        ScriptRecord r = required(s, key);
        s.refresh(r, LockMode.PESSIMISTIC_WRITE);
        return r;
    }

    private static List<ScriptVersionRecord> versionsOf(Session s, long scriptId) {
        return s.createQuery("from ScriptVersionRecord where scriptId = :s order by version", ScriptVersionRecord.class)
                .setParameter("s", scriptId).list();
    }

    private static ScriptVersionRecord versionOf(Session s, ScriptRecord script, int version) {
        ScriptVersionRecord v = s.createQuery("from ScriptVersionRecord where scriptId = :s and version = :v", ScriptVersionRecord.class)
                .setParameter("s", script.id).setParameter("v", version).uniqueResult();
        if (v == null) throw PlatformException.notFound("script " + script.scriptKey + " has no version " + version);
        return v;
    }

    /** versionId → {count, successes, talk seconds}. */
    private static Map<Long, Object[]> counts(Session s, List<Long> versionIds) {
        Map<Long, Object[]> out = new HashMap<>();
        if (versionIds.isEmpty()) return out;
        s.createQuery("select c.versionId, count(c), sum(case when c.success = true then 1 else 0 end), sum(c.talkSeconds) "
                        + "from ScriptCallRecord c where c.versionId in :ids group by c.versionId", Object[].class)
                .setParameterList("ids", versionIds).list().forEach(row -> out.put((Long) row[0], row));
        return out;
    }

    private static VersionResult result(Session s, ScriptVersionRecord v) {
        return result(v, counts(s, List.of(v.id)).get(v.id));
    }

    private static VersionResult result(ScriptVersionRecord v, Object[] row) {
        long calls = row == null ? 0 : ((Number) row[1]).longValue();
        long successes = row == null ? 0 : ((Number) row[2]).longValue();
        long talk = row == null ? 0 : ((Number) row[3]).longValue();
        TrialStatistics t = TrialStatistics.of(calls, successes, talk);
        return new VersionResult(v.version, v.state, calls, successes, t.successPercent(), t.averageTalkSeconds(), v.targetCalls,
                TrialStatistics.reached(calls, v.targetCalls));
    }

    private static int order(ScriptState state) {
        return switch (state) {
            case LIVE -> 0;
            case TRIAL -> 1;
            case RETIRED -> 2;
            case DRAFT -> 3;
        };
    }

    // ---- views

    private static List<String> testers(ScriptVersionRecord v) {
        return v.testers == null || v.testers.isEmpty() ? List.of() : List.of(v.testers.split(","));
    }

    private ScriptVersionView view(String key, ScriptVersionRecord v, List<String> warnings) {
        return new ScriptVersionView(key, v.version, v.state, parse(v.content), testers(v), v.targetCalls, v.createdAt, v.createdBy,
                v.trialStartedAt, v.liveAt, v.retiredAt, v.forcedReason, warnings);
    }

    private static ScriptView view(ScriptRecord r, List<ScriptVersionRecord> versions) {
        Integer live = versions.stream().filter(v -> v.state == ScriptState.LIVE).map(v -> v.version).findFirst().orElse(null);
        Integer draft = versions.stream().filter(v -> v.state == ScriptState.DRAFT).map(v -> v.version).findFirst().orElse(null);
        List<Integer> trials = versions.stream().filter(v -> v.state == ScriptState.TRIAL).map(v -> v.version).collect(Collectors.toList());
        return new ScriptView(r.scriptKey, r.name, live, trials, draft, versions.size(), r.createdAt, r.createdBy);
    }

    private String serialize(ScriptContent c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write script content", e);
        }
    }

    private ScriptContent parse(String body) {
        try {
            return json.readValue(body, ScriptContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored script content is not readable", e);
        }
    }
}
