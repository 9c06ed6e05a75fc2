package io.bpohub.platform.shell;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.CalendarImporter;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.api.routing.HandlerSpan;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.api.routing.RoutingService;
import io.bpohub.platform.services.ApiTokenView;
import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.AuditService;
import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.CalendarRevision;
import io.bpohub.platform.services.CalendarService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ChargeSummary;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.LabourRate;
import io.bpohub.platform.services.CallQuery;
import io.bpohub.platform.services.CallView;
import io.bpohub.platform.services.ContactQuery;
import io.bpohub.platform.services.ExportService;
import io.bpohub.platform.services.LoginResult;
import io.bpohub.platform.services.MarginReport;
import io.bpohub.platform.services.MarginService;
import io.bpohub.platform.services.MembershipChange;
import io.bpohub.platform.services.MigrationReport;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.OrgUnitView;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.platform.services.RegisterEntry;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.RoutingPolicyService;
import io.bpohub.platform.services.TenantBilling;
import io.bpohub.platform.services.TenantExport;
import io.bpohub.platform.services.TenantService;
import io.bpohub.platform.services.TenantStatus;
import io.bpohub.platform.services.TenantView;
import io.bpohub.platform.services.UsageEntry;
import io.bpohub.platform.services.UserView;
import io.bpohub.platform.services.AssignmentRequest;
import io.bpohub.platform.services.AssignmentResult;
import io.bpohub.platform.services.AssignmentService;
import io.bpohub.platform.services.CallOutcome;
import io.bpohub.platform.services.CallbackView;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.ContactCard;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.NewCallback;
import io.bpohub.platform.services.WorkflowEvent;
import io.bpohub.platform.services.WorkflowService;
import io.bpohub.platform.services.WorkflowState;
import io.bpohub.api.tenant.OperatingMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** Records each call as "method caller args", then fails with {@link #fail} when the test set one. */
    abstract static class Recorder {
        final List<String> calls = new ArrayList<>();
        PlatformException fail;

        void call(String what, Caller c, Object... args) {
            StringBuilder b = new StringBuilder(what).append(' ').append(c.username());
            for (Object a : args) b.append(' ').append(a);
            calls.add(b.toString());
            if (fail != null) throw fail;
        }
    }

    /** Records each call and answers from what the test put in. */
    static class Tenants extends Recorder implements TenantService {
        final Map<String, TenantView> tenants = new HashMap<>();
        NewTenant created;
        List<MigrationReport> migrations = List.of();

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

    static final ZoneId MANILA = ZoneId.of("Asia/Manila");

    /** One owner's calendar, changed the way the real service changes it; records each call. */
    static class Calendars extends Recorder implements CalendarService {
        BusinessCalendar calendar = new BusinessCalendar("acme", MANILA, List.of(), List.of(), null);

        private BusinessCalendar save(List<WeeklyHours> weekly, List<DayEntry> days, Emergency emergency) {
            calendar = new BusinessCalendar(calendar.owner(), calendar.zone(), weekly, days, emergency);
            return calendar;
        }

        public BusinessCalendar calendar(Caller c, String owner) { call("calendar", c, owner); return calendar; }
        public BusinessCalendar setWeeklyHours(Caller c, String owner, WeeklyHours hours) {
            call("setWeeklyHours", c, owner, hours.effectiveFrom());
            List<WeeklyHours> weekly = new ArrayList<>(calendar.weekly());
            weekly.removeIf(w -> w.effectiveFrom().equals(hours.effectiveFrom()));
            weekly.add(hours);
            return save(weekly, calendar.days(), calendar.emergency());
        }
        public BusinessCalendar putDays(Caller c, String owner, List<DayEntry> days, String note) {
            call("putDays", c, owner, days.size(), note);
            Map<LocalDate, DayEntry> byDate = new TreeMap<>();
            calendar.days().forEach(d -> byDate.put(d.date(), d));
            days.forEach(d -> byDate.put(d.date(), d));
            return save(calendar.weekly(), new ArrayList<>(byDate.values()), calendar.emergency());
        }
        public BusinessCalendar removeDay(Caller c, String owner, LocalDate date) {
            call("removeDay", c, owner, date);
            List<DayEntry> days = new ArrayList<>(calendar.days());
            if (!days.removeIf(d -> d.date().equals(date))) throw PlatformException.notFound("no entry on " + date);
            return save(calendar.weekly(), days, calendar.emergency());
        }
        public BusinessCalendar setEmergency(Caller c, String owner, EmergencyMode mode, String reason) {
            call("setEmergency", c, owner, mode, reason);
            return save(calendar.weekly(), calendar.days(), new Emergency(mode, c.username(), reason, T0));
        }
        public BusinessCalendar clearEmergency(Caller c, String owner) {
            call("clearEmergency", c, owner);
            return save(calendar.weekly(), calendar.days(), null);
        }
        public List<CalendarRevision> revisions(Caller c, String owner, int limit) { throw new UnsupportedOperationException(); }
    }

    /** Policies of one tenant: the default under "" (HYBRID, no overflow) and overrides; records each call. */
    static class RoutingPolicies extends Recorder implements RoutingPolicyService {
        final Map<String, RoutingPolicy> policies = new LinkedHashMap<>();

        RoutingPolicies() {
            policies.put("", new RoutingPolicy(OperatingMode.HYBRID, null, false, false));
        }

        public RoutingPolicy policy(Caller c, String tenant, String campaign) {
            call("policy", c, tenant, campaign);
            return policies.getOrDefault(campaign == null ? "" : campaign, policies.get(""));
        }
        public Map<String, RoutingPolicy> policies(Caller c, String tenant) { call("policies", c, tenant); return policies; }
        public RoutingPolicy setPolicy(Caller c, String tenant, String campaign, RoutingPolicy policy) {
            call("setPolicy", c, tenant, campaign);
            policies.put(campaign == null ? "" : campaign, policy);
            return policy;
        }
        public void clearOverride(Caller c, String tenant, String campaign) { throw new UnsupportedOperationException(); }
    }

    /** Answers every question with {@link #decision} and every timeline with {@link #spans}; keeps what it was asked. */
    static class Routing implements RoutingService {
        final List<RoutingQuestion> questions = new ArrayList<>();
        final List<String> timelines = new ArrayList<>();
        RoutingDecision decision;
        List<HandlerSpan> spans = List.of();

        public RoutingDecision decide(RoutingQuestion question) { questions.add(question); return decision; }
        public List<HandlerSpan> timeline(String tenant, String campaign, Instant from, Instant to) {
            timelines.add(tenant + " " + campaign + " " + from + " " + to);
            return spans;
        }
    }

    /** Returns the entries the test put in; records "importIcs <file name> <content>" and "publicHolidays ...". */
    static class Importer implements CalendarImporter {
        final List<String> calls = new ArrayList<>();
        List<DayEntry> ics = List.of();
        List<DayEntry> holidays = List.of();
        IOException malformed;

        public List<DayEntry> importIcs(InputStream in, String fileName) throws IOException {
            calls.add("importIcs " + fileName + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            if (malformed != null) throw malformed;
            return ics;
        }
        public List<DayEntry> publicHolidays(String country, String region, int year) {
            calls.add("publicHolidays " + country + " " + region + " " + year);
            return holidays;
        }
    }

    /**
     * Rate plans and cost tables by id, the tenants' assignments and terms; answers rating, jobs, charges,
     * documents and the register with what the test put in; records each call.
     */
    static class Billing extends Recorder implements BillingService {
        static final String JOB_ID = "job-7";

        final Map<String, RatePlan> plans = new TreeMap<>();
        final Map<String, CostTable> costTables = new TreeMap<>();
        final Map<String, String> assigned = new HashMap<>();
        final Map<String, TenantBilling> terms = new HashMap<>();
        RatingReport report;
        List<ChargeSummary> summary = List.of();
        final List<UsageEntry> usage = new ArrayList<>();
        /** What job() answers, one step per call; the last step repeats. */
        List<JobView> jobSteps = List.of();
        private int jobStep;
        List<Charge> charges = List.of();
        long chargesTotal;
        InvoiceDocument document;
        List<RegisterEntry> register = List.of();
        byte[] pdf = "%PDF-1.7 fake".getBytes(StandardCharsets.US_ASCII);
        /** Thrown after some bytes are written, as a renderer failing half-way would. */
        PlatformException failWhileWriting;

        /** A step of the job started by {@link #startRating}: tenant acme, month 2026-11. */
        static JobView job(String state, long done, long total, String message, String result) {
            return new JobView(JOB_ID, "billing.rate", "acme", "2026-11", state, done, total, message, result, T0, "ops",
                    "RUNNING".equals(state) ? null : T0.plusSeconds(95));
        }

        public RatePlan savePlan(Caller c, RatePlan plan) {
            call("savePlan", c, plan.id());
            plans.put(plan.id(), plan);
            return plan;
        }
        public List<RatePlan> plans(Caller c) { call("plans", c); return new ArrayList<>(plans.values()); }
        public void assignPlan(Caller c, String tenant, String planId) {
            call("assignPlan", c, tenant, planId);
            if (!plans.containsKey(planId)) throw PlatformException.invalid("planId", "no rate plan " + planId + "; create it first");
            assigned.put(tenant, planId);
        }
        public CostTable saveCostTable(Caller c, CostTable table) {
            call("saveCostTable", c, table.id());
            costTables.put(table.id(), table);
            return table;
        }
        public List<CostTable> costTables(Caller c) { call("costTables", c); return new ArrayList<>(costTables.values()); }
        /** A tenant without terms of its own gets the service's defaults: its name, no tax, 30 days. */
        public TenantBilling billingSettings(Caller c, String tenant) {
            call("billingSettings", c, tenant);
            return terms.getOrDefault(tenant, new TenantBilling(tenant.toUpperCase() + " Corp", "", null, BigDecimal.ZERO, 30, null));
        }
        public TenantBilling saveBillingSettings(Caller c, String tenant, TenantBilling settings) {
            call("saveBillingSettings", c, tenant);
            terms.put(tenant, settings);
            return settings;
        }
        public List<Long> recordCalls(Caller c, String tenant, List<CallRecord> calls) { throw new UnsupportedOperationException(); }
        public List<Long> recordUsage(Caller c, String tenant, List<UsageEntry> entries) {
            call("recordUsage", c, tenant, entries.size());
            List<Long> ids = new ArrayList<>();
            for (UsageEntry u : entries) {
                usage.add(u);
                ids.add((long) usage.size());
            }
            return ids;
        }
        public RatingReport rate(Caller c, String tenant, YearMonth period) { call("rate", c, tenant, period); return report; }
        public JobView startRating(Caller c, String tenant, YearMonth period) {
            call("startRating", c, tenant, period);
            jobStep = 0;
            return new JobView(JOB_ID, "billing.rate", tenant, period.toString(), "RUNNING", 0, 0, null, null, T0, c.username(), null);
        }
        public JobView job(Caller c, String jobId) {
            call("job", c, jobId);
            if (!JOB_ID.equals(jobId) || jobSteps.isEmpty()) throw PlatformException.notFound("no job " + jobId);
            return jobSteps.get(Math.min(jobStep++, jobSteps.size() - 1));
        }
        public List<ChargeSummary> summary(Caller c, String tenant, YearMonth period) {
            call("summary", c, tenant, period);
            return summary;
        }
        public Page<Charge> charges(Caller c, String tenant, YearMonth period, String chargeType, int page, int size) {
            call("charges", c, tenant, period, chargeType, page, size);
            return new Page<>(charges, page, size, chargesTotal);
        }
        public void closePeriod(Caller c, String tenant, YearMonth period) { call("closePeriod", c, tenant, period); }
        public InvoiceDocument previewInvoice(Caller c, String tenant, YearMonth period) {
            call("previewInvoice", c, tenant, period);
            return document;
        }
        public InvoiceDocument issueInvoice(Caller c, String tenant, YearMonth period) {
            call("issueInvoice", c, tenant, period);
            return document;
        }
        public InvoiceDocument issueCreditNote(Caller c, String tenant, YearMonth invoicedPeriod) {
            call("issueCreditNote", c, tenant, invoicedPeriod);
            return document;
        }
        public List<RegisterEntry> invoices(Caller c, String tenant) {
            call("invoices", c, tenant);
            return register.stream().filter(e -> e.tenant().equals(tenant)).toList();
        }
        public List<RegisterEntry> register(Caller c) { call("register", c); return register; }
        public InvoiceDocument invoice(Caller c, String tenant, String number) {
            call("invoice", c, tenant, number);
            if (document == null || !number.equals(document.number())) {
                throw PlatformException.notFound("no invoice or credit note " + number + " for tenant " + tenant);
            }
            return document;
        }
        public void writeInvoicePdf(Caller c, String tenant, String number, OutputStream out) {
            call("writeInvoicePdf", c, tenant, number);
            write(pdf, out);
        }
        /** Writes "<format> detail of <number>" and a line per charge, so the test sees which format was asked for. */
        public void writeInvoiceDetail(Caller c, String tenant, String number, TableWriter.Format format, OutputStream out) {
            call("writeInvoiceDetail", c, tenant, number, format);
            StringBuilder b = new StringBuilder(format + " detail of " + number + "\n");
            charges.forEach(ch -> b.append(ch.sourceType()).append(',').append(ch.sourceId()).append(',').append(ch.amount()).append('\n'));
            write(b.toString().getBytes(StandardCharsets.UTF_8), out);
        }
        private void write(byte[] bytes, OutputStream out) {
            try {
                if (failWhileWriting != null) {
                    out.write(bytes, 0, bytes.length / 2);
                    throw failWhileWriting;
                }
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
        Path dir = Paths.get("").toAbsolutePath();
        public Path currentDir() { return dir; }
        public void currentDir(Path path) { dir = path; }
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

    /** Records margin calls; answers the report and rates the test put in. */
    static class Margins extends Recorder implements MarginService {
        MarginReport report;
        final List<LabourRate> rates = new ArrayList<>();

        public LabourRate saveLabourRate(Caller c, LabourRate rate) {
            call("saveLabourRate", c, rate.agent(), rate.teamId(), rate.perHour(), rate.currency(), rate.effectiveFrom());
            rates.add(rate);
            return rate;
        }

        public List<LabourRate> labourRates(Caller c) {
            call("labourRates", c);
            return rates;
        }

        public MarginReport margins(Caller c, String tenant, java.time.YearMonth period, String groupBy) {
            call("margins", c, tenant, period, groupBy);
            return report;
        }
    }

    /** Records campaign calls; answers {@link #campaign} (the created one: the spec it was given, under its key). */
    static class Campaigns extends Recorder implements CampaignService {
        CampaignView campaign;
        CampaignSpec created;
        final List<CampaignView> campaigns = new ArrayList<>();

        public CampaignView create(Caller c, String tenant, String key, CampaignSpec spec) {
            call("create", c, tenant, key, spec.name());
            created = spec;
            return campaign;
        }
        public CampaignView update(Caller c, String tenant, String key, CampaignSpec spec) {
            call("update", c, tenant, key, spec.name());
            return campaign;
        }
        public CampaignView pause(Caller c, String tenant, String key) {
            call("pause", c, tenant, key);
            return state(CampaignState.PAUSED);
        }
        public CampaignView resume(Caller c, String tenant, String key) {
            call("resume", c, tenant, key);
            return state(CampaignState.ACTIVE);
        }
        public CampaignView close(Caller c, String tenant, String key) {
            call("close", c, tenant, key);
            return state(CampaignState.CLOSED);
        }
        public CampaignView get(Caller c, String tenant, String key) {
            call("get", c, tenant, key);
            return campaign;
        }
        public Page<CampaignView> list(Caller c, String tenant, CampaignState state, int page, int size) {
            call("list", c, tenant, state, page, size);
            return new Page<>(campaigns, page, size, campaigns.size());
        }
        private CampaignView state(CampaignState s) {
            CampaignView v = campaign;
            return new CampaignView(v.key(), v.name(), v.kind(), s, v.offer(), v.startDate(), v.endDate(), v.windows(), v.teamIds(),
                    v.dispositions(), v.cadence(), v.scriptKey(), v.operatingMode(), v.modeOverridden(), v.createdAt(), v.createdBy(),
                    v.changedAt(), v.changedBy());
        }
    }

    /** Records workflow calls with their arguments; answers what the test put in. */
    static class Workflow extends Recorder implements WorkflowService {
        WorkflowState state;
        ContactCard card;
        final List<CallbackView> due = new ArrayList<>();
        CallOutcome outcome;

        public WorkflowState recordOutcome(Caller c, String tenant, long contactId, CallOutcome o) {
            call("recordOutcome", c, tenant, contactId, o.dispositionKey(), o.callRef(), o.calledAt(), o.note());
            outcome = o;
            return state;
        }
        public WorkflowState setLeadGrade(Caller c, String tenant, long contactId, LeadGrade grade, String note) {
            call("setLeadGrade", c, tenant, contactId, grade, note);
            return state;
        }
        public CallbackView bookCallback(Caller c, String tenant, long contactId, NewCallback cb) {
            throw new UnsupportedOperationException("no shell command books callbacks");
        }
        public List<CallbackView> dueCallbacks(Caller c, String tenant, Instant asOf) {
            call("dueCallbacks", c, tenant, asOf);
            return due;
        }
        public CallbackView takeCallback(Caller c, String tenant, long id) { throw new UnsupportedOperationException(); }
        public CallbackView completeCallback(Caller c, String tenant, long id) { throw new UnsupportedOperationException(); }
        public List<CallbackView> callbacks(Caller c, String tenant, long contactId) { throw new UnsupportedOperationException(); }
        public List<WorkflowEvent> history(Caller c, String tenant, long contactId) { throw new UnsupportedOperationException(); }
        public ContactCard card(Caller c, String tenant, long contactId) {
            call("card", c, tenant, contactId);
            return card;
        }
    }

    /** Records assignment calls; answers {@link #result}. */
    static class Assignments extends Recorder implements AssignmentService {
        AssignmentResult result = new AssignmentResult(0, Map.of());
        AssignmentRequest request;

        public AssignmentResult assign(Caller c, String tenant, AssignmentRequest r) {
            call("assign", c, tenant, r.campaignKey(), r.level(), r.targets(), r.count(), r.intentClass(), r.stage(), r.leadGrade(),
                    r.region(), r.city());
            request = r;
            return result;
        }
        public AssignmentResult reassignAgent(Caller c, String tenant, String agent, boolean evenly) {
            call("reassignAgent", c, tenant, agent, evenly);
            return result;
        }
    }

    /** Records export calls and writes known bytes, one line per pretend row. */
    static class Exports extends Recorder implements ExportService {
        long rows = 2;

        public long exportContacts(Caller c, String tenant, ContactQuery q, TableWriter.Format format, java.io.OutputStream out) {
            call("exportContacts", c, tenant, q, format);
            return write(out);
        }

        public long exportCalls(Caller c, String tenant, CallQuery q, TableWriter.Format format, java.io.OutputStream out) {
            call("exportCalls", c, tenant, q, format);
            return write(out);
        }

        /** What findCalls answers: an inbound call with its recording and survey, and an outbound one without. */
        static final List<CallView> FOUND = List.of(
                new CallView("sim-7", T0, "INBOUND", "+8613800138000", 42L, "care", "billing", "ana", "IN_HOUSE", "ANSWERED", 95,
                        T0, T0, T0, "CALLER", "main>2", 5, "sim-7.wav", T0, 12, "+442071838750", null),
                new CallView("sim-8", T0, "PROGRESSIVE", "+8613900139000", null, "spring", null, null, null, "NO_ANSWER", 0,
                        null, null, T0, null, null, null, null, null, 0, null, null));

        public List<CallView> findCalls(Caller c, String tenant, CallQuery q, int limit) {
            call("findCalls", c, tenant, q, limit);
            return FOUND;
        }

        private long write(java.io.OutputStream out) {
            try {
                for (long i = 0; i < rows; i++) out.write(("row " + i + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return rows;
        }
    }
}
