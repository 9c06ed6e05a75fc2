package io.bpohub.platform.shell;

import io.bpohub.platform.services.ApiTokenView;
import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.AuditService;
import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.LoginResult;
import io.bpohub.platform.services.MembershipChange;
import io.bpohub.platform.services.MigrationReport;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.OrgUnitView;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.TenantExport;
import io.bpohub.platform.services.TenantService;
import io.bpohub.platform.services.TenantStatus;
import io.bpohub.platform.services.TenantView;
import io.bpohub.platform.services.UserView;
import io.bpohub.api.tenant.OperatingMode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.console.History;
import org.apache.karaf.shell.api.console.Registry;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.apache.karaf.shell.api.console.Terminal;

/** Hand-written stand-ins for the platform services and the Karaf session. */
final class Fakes {
    private Fakes() {
    }

    static final Instant T0 = Instant.parse("2024-05-01T08:30:15.123Z");

    record OperatorCaller(String username) implements Caller {
        public Role role() { return Role.AGENCY_ADMIN; }
        public String tenantSlug() { return null; }
        public Long departmentId() { return null; }
        public Long teamId() { return null; }
        public DataScope dataScope() { return DataScope.TENANT; }
        public boolean isPermitted(String permission) { return true; }
        public String origin() { return "shell"; }
    }

    static TenantView tenant(String slug, TenantStatus status) {
        return new TenantView(slug, slug.toUpperCase() + " Corp", "Asia/Manila", "en-PH", "PHP", OperatingMode.HYBRID,
                status, "7", null, T0);
    }

    /** Answers operator() with a caller named after the shell user; anything else is not for the shell. */
    static class Auth implements AuthService {
        final List<String> operators = new ArrayList<>();
        PlatformException refuse;

        public Caller operator(String shellUser) {
            operators.add(shellUser);
            if (refuse != null) throw refuse;
            return new OperatorCaller(shellUser);
        }
        public LoginResult login(String u, String p, String o) { throw new UnsupportedOperationException(); }
        public Caller authenticate(String t, String o) { throw new UnsupportedOperationException(); }
        public void logout(String t) { throw new UnsupportedOperationException(); }
        public ApiTokenView createApiToken(Caller c, String n, Integer d) { throw new UnsupportedOperationException(); }
        public List<ApiTokenView> apiTokens(Caller c) { throw new UnsupportedOperationException(); }
        public void revokeApiToken(Caller c, long id) { throw new UnsupportedOperationException(); }
        public List<String> permissions(Caller c) { throw new UnsupportedOperationException(); }
        public UserView me(Caller c) { throw new UnsupportedOperationException(); }
    }

    /** Records each call as "method caller args" and answers from what the test put in. */
    static class Tenants implements TenantService {
        final List<String> calls = new ArrayList<>();
        final Map<String, TenantView> tenants = new HashMap<>();
        NewTenant created;
        List<MigrationReport> migrations = List.of();
        PlatformException fail;

        private void call(String what, Caller c, Object... args) {
            StringBuilder b = new StringBuilder(what).append(' ').append(c.username());
            for (Object a : args) b.append(' ').append(a);
            calls.add(b.toString());
            if (fail != null) throw fail;
        }

        private TenantView find(String slug) {
            TenantView t = tenants.get(slug);
            if (t == null) throw PlatformException.notFound("No tenant " + slug);
            return t;
        }

        public TenantView create(Caller c, NewTenant t) {
            call("create", c, t.slug());
            created = t;
            TenantView v = new TenantView(t.slug(), t.name(), t.timeZone(), t.locale(), t.currency(), t.operatingMode(),
                    TenantStatus.ACTIVE, "1", null, T0);
            tenants.put(t.slug(), v);
            return v;
        }
        public Page<TenantView> list(Caller c, int page, int size) {
            call("list", c, page, size);
            List<TenantView> all = new ArrayList<>(tenants.values());
            all.sort((a, b) -> a.slug().compareTo(b.slug()));
            int from = Math.min(page * size, all.size());
            return new Page<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
        }
        public TenantView get(Caller c, String slug) { call("get", c, slug); return find(slug); }
        public TenantView suspend(Caller c, String slug, String reason) { call("suspend", c, slug, reason); return find(slug); }
        public TenantView resume(Caller c, String slug) { call("resume", c, slug); return find(slug); }
        public TenantExport export(Caller c, String slug) {
            call("export", c, slug);
            find(slug);
            return new TenantExport(slug, "/var/bpohub/exports/" + slug + ".zip", 3 * 1024 * 1024 + 512, 1200, 35, T0);
        }
        public TenantView offboard(Caller c, String slug, String confirm) {
            call("offboard", c, slug, confirm);
            TenantView t = find(slug);
            return new TenantView(t.slug(), t.name(), t.timeZone(), t.locale(), t.currency(), t.operatingMode(),
                    TenantStatus.OFFBOARDED, t.schemaVersion(), null, t.createdAt());
        }
        public List<MigrationReport> migrateAll(Caller c) { call("migrateAll", c); return migrations; }
    }

    static class Org implements OrgService {
        final List<String> calls = new ArrayList<>();
        List<OrgUnitView> tree = List.of();
        NewOrgUnit unit;
        NewUser user;
        List<MembershipChange> history = List.of();

        public List<OrgUnitView> tree(Caller c, String owner) { calls.add("tree " + c.username() + " " + owner); return tree; }
        public OrgUnitView createUnit(Caller c, String owner, NewOrgUnit u) {
            calls.add("createUnit " + c.username() + " " + owner);
            unit = u;
            return new OrgUnitView(42, u.kind(), u.name(), u.parentId(), List.of(), List.of());
        }
        public UserView createUser(Caller c, String owner, NewUser u) {
            calls.add("createUser " + c.username() + " " + owner);
            user = u;
            return new UserView(u.username(), u.displayName(), u.role(), owner, u.unitId(),
                    u.unitId() == null ? null : "Inbound", false, false);
        }
        public Page<UserView> users(Caller c, String owner, int page, int size) { throw new UnsupportedOperationException(); }
        public UserView moveUser(Caller c, String owner, String username, long unitId) {
            calls.add("moveUser " + c.username() + " " + owner + " " + username + " " + unitId);
            return new UserView(username, username, Role.AGENT, owner, unitId, "Night shift", false, false);
        }
        public List<MembershipChange> history(Caller c, String owner, String username) {
            calls.add("history " + c.username() + " " + owner + " " + username);
            return history;
        }
    }

    static class Audit implements AuditService {
        final List<String> calls = new ArrayList<>();
        List<AuditEntry> entries = List.of();

        public Page<AuditEntry> list(Caller c, String tenant, String outcome, int page, int size) {
            calls.add("list " + c.username() + " " + tenant + " " + outcome + " " + page + " " + size);
            return new Page<>(entries, page, size, entries.size());
        }
        public void recordRefusal(String a, String t, String ac, String ta, String d, String o) {
            throw new UnsupportedOperationException();
        }
    }

    /** A console session with variables and scripted answers to readLine. */
    static class FakeSession implements Session {
        final Map<String, Object> vars = new HashMap<>();
        final Deque<String> answers = new ArrayDeque<>();
        final List<String> prompts = new ArrayList<>();
        final List<Character> masks = new ArrayList<>();

        public Object get(String name) { return vars.get(name); }
        public void put(String name, Object value) { vars.put(name, value); }
        public String readLine(String prompt, Character mask) {
            prompts.add(prompt);
            masks.add(mask);
            return answers.poll();
        }
        public Object execute(CharSequence commandline) { throw new UnsupportedOperationException(); }
        public InputStream getKeyboard() { throw new UnsupportedOperationException(); }
        public PrintStream getConsole() { throw new UnsupportedOperationException(); }
        public Terminal getTerminal() { return null; }
        public History getHistory() { throw new UnsupportedOperationException(); }
        public Registry getRegistry() { throw new UnsupportedOperationException(); }
        public SessionFactory getFactory() { throw new UnsupportedOperationException(); }
        public String resolveCommand(String name) { return name; }
        public Path currentDir() { throw new UnsupportedOperationException(); }
        public void currentDir(Path path) { throw new UnsupportedOperationException(); }
        public void close() { }
        public void run() { }
    }

    /** Wires a command to the fakes, runs it as a Karaf shell would, and returns what it printed. */
    static final class Shell {
        final Auth auth = new Auth();
        final FakeSession session = new FakeSession();

        Shell(String user) {
            session.put("USER", user);
        }

        String run(BpoCommand command) throws Exception {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            command.authService = auth;
            command.session = session;
            command.out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            command.execute();
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
