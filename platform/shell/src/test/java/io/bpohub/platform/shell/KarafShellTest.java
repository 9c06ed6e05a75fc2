package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.ChannelDirectory;
import io.bpohub.platform.services.ChannelView;
import io.bpohub.platform.services.TenantStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.gogo.runtime.Token;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.impl.action.command.ManagerImpl;
import org.apache.karaf.shell.impl.console.CommandWrapper;
import org.apache.karaf.shell.impl.console.SessionFactoryImpl;
import org.apache.karaf.shell.support.CommandException;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Runs the commands through Karaf's own shell machinery (the one Karaf-Commands feeds): real option and
 * argument parsing, {@code @Service}/{@code @Reference} injection including the session, error handling.
 */
public class KarafShellTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final Fakes.Auth auth = new Fakes.Auth();
    private final Fakes.Tenants tenants = new Fakes.Tenants();
    private final Fakes.Org org = new Fakes.Org();
    private final Fakes.Calendars calendars = new Fakes.Calendars();
    private final Fakes.RoutingPolicies policies = new Fakes.RoutingPolicies();
    private final Fakes.Routing routing = new Fakes.Routing();
    private final Fakes.Importer importer = new Fakes.Importer();
    private final Fakes.Billing billing = new Fakes.Billing();
    private final CareFakes.Scripts scripts = new CareFakes.Scripts();
    private final CareFakes.Bulletins bulletins = new CareFakes.Bulletins();
    private final Fakes.Campaigns campaigns = new Fakes.Campaigns();
    private final Fakes.Workflow workflow = new Fakes.Workflow();
    private final Fakes.Assignments assignments = new Fakes.Assignments();
    private final Fakes.Exports exports = new Fakes.Exports();
    private final InboundFakes.Inbound inbound = new InboundFakes.Inbound();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private SessionFactoryImpl factory;
    private Session session;

    @Before
    public void startShell() throws Exception {
        threadIO.start();
        factory = new SessionFactoryImpl(threadIO) {
            /** As Karaf's OSGi SecuredCommand does: hand plain words to the command as Strings, not gogo Tokens. */
            @Override
            protected Function wrap(org.apache.karaf.shell.api.console.Command command) {
                return new CommandWrapper(command) {
                    @Override
                    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
                        arguments.replaceAll(a -> a instanceof Token ? a.toString() : a);
                        return super.execute(session, arguments);
                    }
                };
            }
        };
        factory.register(auth);
        factory.register(tenants);
        factory.register(org);
        factory.register(new Fakes.Audit());
        factory.register(calendars);
        factory.register(policies);
        factory.register(routing); // the routing bundle's services; tests that want them absent unregister them
        factory.register(importer);
        factory.register(billing);
        factory.register(new Fakes.Margins());
        factory.register(exports);
        factory.register(scripts);
        factory.register(new CareFakes.Orders());
        factory.register(new CareFakes.Complaints());
        factory.register(new CareFakes.MaterialRequests());
        factory.register(bulletins);
        factory.register(campaigns);
        factory.register(workflow);
        factory.register(assignments);
        factory.register(new ImportFakes.Imports());
        factory.register(new ImportFakes.DoNotCall());
        factory.register(new DialingFakes.Dialing());
        factory.register(inbound);
        factory.register((ChannelDirectory) () -> List.of(new ChannelView("webhook", "Webhook", "io.bpohub.channel.webhook",
                "0.1.0", 57, Fakes.T0, 1)));
        ManagerImpl manager = new ManagerImpl(factory, factory); // strict: @Service and every @Reference required
        for (Class<?> command : commandClasses()) {
            manager.register(command);
        }
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        session = factory.create(new ByteArrayInputStream(new byte[0]), print, print);
        session.put("USER", "ops.ana");
        tenants.tenants.put("acme", Fakes.tenant("acme", TenantStatus.ACTIVE));
    }

    @After
    public void stopShell() {
        factory.stop();
        threadIO.stop();
    }

    /** Every compiled class of this bundle that carries @Command, as Karaf-Commands: * would find them. */
    static List<Class<?>> commandClasses() throws Exception {
        File dir = new File(new File(BpoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                BpoCommand.class.getPackageName().replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        for (String file : dir.list()) {
            if (file.endsWith(".class") && !file.contains("$")) {
                Class<?> c = Class.forName(BpoCommand.class.getPackageName() + "." + file.replace(".class", ""));
                if (c.isAnnotationPresent(Command.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private String run(String line) throws Exception {
        out.reset();
        session.execute(line);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void everyCommandIsInTheBpoScopeAndRegisters() throws Exception {
        List<String> names = new ArrayList<>();
        for (Class<?> c : commandClasses()) {
            Command command = c.getAnnotation(Command.class);
            assertEquals(c.getName(), "bpo", command.scope());
            assertNotNull(c.getName() + " needs @Service",
                    c.getAnnotation(org.apache.karaf.shell.api.action.lifecycle.Service.class));
            names.add(command.name());
        }
        names.sort(null);
        assertEquals(List.of("agent-force", "agent-reassign", "agent-skills", "audit", "billing-charges", "billing-close", "billing-margins", "billing-rate", "billing-rate-job", "billing-summary",
                "billing-terms", "billing-terms-set", "bulletin-post", "calendar-day", "calendar-day-remove",
                "calendar-emergency", "calendar-emergency-clear", "calendar-holidays", "calendar-hours", "calendar-import-ics",
                "calendar-show", "callbacks-due", "calls-find", "campaign-close", "campaign-create", "campaign-list", "campaign-pause",
                "campaign-resume", "campaign-show", "channels", "complaint-assign", "complaint-list", "complaint-status",
                "contact-assign", "contact-card", "cost-table-import", "cost-table-list", "credit-note-issue", "dialing-board", "dialing-policy", "dialing-policy-set", "dialing-start", "dialing-stop", "dialing-strategies", "dnc-add", "dnc-import", "dnc-list",
                "dnc-remove", "export-calls", "export-contacts",
                "import-list", "import-mappings", "import-rejects", "import-resume", "import-show", "import-start", "import-stop",
                "inbound-live", "inbound-number-assign", "inbound-number-release", "inbound-numbers", "inbound-plan", "inbound-plan-load", "inbound-queues",
                "invoice-download", "invoice-issue", "invoice-list", "invoice-preview", "invoice-register", "job", "labour-rate-list", "labour-rate-set",
                "material-list", "migrate", "order-list", "order-status", "org-tree", "outcome-record",
                "rate-plan-assign", "rate-plan-import", "rate-plan-list",
                "routing-decide", "routing-policy", "routing-policy-set", "routing-week",
                "script-list", "script-results", "script-rollout", "script-trial", "tenant-create", "tenant-export",
                "tenant-list", "tenant-offboard", "tenant-resume", "tenant-show", "tenant-suspend", "unit-create",
                "user-create", "user-history", "user-move"), names);
    }

    @Test
    public void optionsAndArgumentsAreParsedAndTheSessionUserIsTheOperator() throws Exception {
        String printed = run("bpo:tenant-create --time-zone Asia/Manila --locale en-PH --currency PHP --mode hybrid "
                + "globex \"Globex Inc\"");

        assertTrue(printed, printed.startsWith("Tenant globex created."));
        assertEquals("Globex Inc", tenants.created.name());
        assertEquals("Asia/Manila", tenants.created.timeZone());
        assertEquals(List.of("ops.ana"), auth.operators);
    }

    @Test
    public void offboardConfirmationGoesThroughTheRealParser() throws Exception {
        CommandException refused = assertThrows(CommandException.class, () -> run("bpo:tenant-offboard acme"));
        assertTrue(refused.getMessage(), refused.getMessage().endsWith("(field: confirm)"));
        assertTrue(tenants.calls.isEmpty());

        String printed = run("bpo:tenant-offboard --confirm acme acme");
        assertTrue(printed, printed.startsWith("Tenant acme offboarded"));
        assertEquals(List.of("offboard ops.ana acme acme"), tenants.calls);
    }

    @Test
    public void inheritedArgumentsAndOptionsLineUp() throws Exception {
        assertEquals("Created Inbound [TEAM 42] under unit 1 for acme.\n", run("bpo:unit-create --parent 1 acme team Inbound"));
        assertEquals("ana now works in Night shift [5].\n", run("bpo:user-move acme ana 5"));
        run("bpo:tenant-list --size 10 --page 1");
        assertEquals("list ops.ana 1 10", tenants.calls.get(tenants.calls.size() - 1));
        CommandException notANumber = assertThrows(CommandException.class, () -> run("bpo:user-move acme ana five"));
        assertTrue(notANumber.getMessage(), notANumber.getMessage().contains("unitId"));
    }

    @Test
    public void aServiceRefusalReachesTheShellAsOneLine() {
        tenants.fail = io.bpohub.platform.services.PlatformException.forbidden("agency admins only");
        CommandException e = assertThrows(CommandException.class, () -> run("bpo:tenant-show acme"));
        assertEquals("Error: Forbidden: agency admins only", e.getMessage());
    }

    @Test
    public void channelsListsWhatTheDirectoryHas() throws Exception {
        String printed = run("bpo:channels");
        assertTrue(printed, printed.contains("webhook") && printed.contains("io.bpohub.channel.webhook"));
    }

    @Test
    public void calendarHoursOptionsReachTheirWeekdaysAndQuotedPlusOneIsRead() throws Exception {
        String printed = run("bpo:calendar-hours --from 2026-03-02 --mon 09:00-12:00,13:00-18:00 --fri 09:00-18:00 "
                + "--sat \"22:00-06:00(+1)\" acme");

        assertEquals(List.of("setWeeklyHours ops.ana acme 2026-03-02"), calendars.calls);
        assertEquals(new WeeklyHours(LocalDate.of(2026, 3, 2), Map.of(
                DayOfWeek.MONDAY, List.of(OpenInterval.of("09:00", "12:00"), OpenInterval.of("13:00", "18:00")),
                DayOfWeek.FRIDAY, List.of(OpenInterval.of("09:00", "18:00")),
                DayOfWeek.SATURDAY, List.of(OpenInterval.of("22:00", "06:00")))), calendars.calendar.weekly().get(0));
        assertTrue(printed, printed.contains("Sat: 22:00-06:00(+1)"));

        CommandException missingFrom = assertThrows(CommandException.class, () -> run("bpo:calendar-hours --mon 09:00-18:00 acme"));
        assertTrue(missingFrom.getMessage(), missingFrom.getMessage().contains("--from"));
        CommandException bad = assertThrows(CommandException.class,
                () -> run("bpo:calendar-hours --from 2026-03-02 --tue 9to5 acme"));
        assertTrue(bad.getMessage(), bad.getMessage().startsWith("Error: Invalid input: --tue: '9to5' is not an interval"));
    }

    @Test
    public void calendarDayArgumentsLineUpAfterTheOwner() throws Exception {
        String printed = run("bpo:calendar-day --hours 09:00-18:00 acme 2026-02-14 special_working_day \"Make-up workday\"");

        assertEquals("acme: 2026-02-14 (Sat) is now SPECIAL_WORKING_DAY \"Make-up workday\", open 09:00-18:00.\n", printed);
        assertEquals(List.of(new DayEntry(LocalDate.of(2026, 2, 14), DayKind.SPECIAL_WORKING_DAY, "Make-up workday",
                List.of(OpenInterval.of("09:00", "18:00")), "manual")), calendars.calendar.days());

        run("bpo:calendar-day-remove acme 2026-02-14");
        assertEquals("removeDay ops.ana acme 2026-02-14", calendars.calls.get(calendars.calls.size() - 1));
        run("bpo:calendar-show agency");
        assertEquals("calendar ops.ana agency", calendars.calls.get(calendars.calls.size() - 1));
    }

    @Test
    public void calendarImportsReadTheirArgumentsAndTheOptionalImporter() throws Exception {
        Path file = folder.newFile("acme-2026.ics").toPath();
        Files.writeString(file, "BEGIN:VCALENDAR", StandardCharsets.UTF_8);
        importer.ics = List.of(new DayEntry(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY, "Spring Festival", List.of(), "ics:acme-2026.ics"));
        importer.holidays = importer.ics;

        assertTrue(run("bpo:calendar-import-ics acme " + file).startsWith("Imported 1 entry from acme-2026.ics"));
        run("bpo:calendar-holidays --region ca acme US 2026");
        assertEquals(List.of("importIcs acme-2026.ics BEGIN:VCALENDAR", "publicHolidays US ca 2026"), importer.calls);
        assertEquals("putDays ops.ana acme 1 holidays US-ca 2026", calendars.calls.get(calendars.calls.size() - 1));

        CommandException notAYear = assertThrows(CommandException.class, () -> run("bpo:calendar-holidays acme US twenty"));
        assertTrue(notAYear.getMessage(), notAYear.getMessage().contains("year"));

        factory.unregister(importer);
        CommandException absent = assertThrows(CommandException.class, () -> run("bpo:calendar-holidays acme US 2026"));
        assertEquals("Error: Temporarily unavailable: the calendar import bundle is not deployed; install the bpohub-routing "
                + "feature (feature:install bpohub-routing) and retry", absent.getMessage());
    }

    @Test
    public void calendarEmergencyNeedsItsReason() throws Exception {
        CommandException noReason = assertThrows(CommandException.class, () -> run("bpo:calendar-emergency acme CLOSED_NOW"));
        assertTrue(noReason.getMessage(), noReason.getMessage().contains("--reason"));
        assertTrue(calendars.calls.isEmpty());

        run("bpo:calendar-emergency --reason \"typhoon signal 3\" acme closed_now");
        assertEquals(List.of("setEmergency ops.ana acme CLOSED_NOW typhoon signal 3"), calendars.calls);
        assertEquals(EmergencyMode.CLOSED_NOW, calendars.calendar.emergency().mode());
        run("bpo:calendar-emergency-clear acme");
        assertEquals("clearEmergency ops.ana acme", calendars.calls.get(1));
    }

    @Test
    public void routingPolicyOptionsReachThePolicy() throws Exception {
        run("bpo:routing-policy-set --mode hybrid --campaign spring --overflow-after 45 --overflow-when-busy "
                + "--temporary-project acme");
        assertEquals(List.of("setPolicy ops.ana acme spring"), policies.calls);
        assertEquals(new RoutingPolicy(OperatingMode.HYBRID, 45, true, true), policies.policies.get("spring"));

        run("bpo:routing-policy-set -m OUTSOURCED acme");
        assertEquals(new RoutingPolicy(OperatingMode.OUTSOURCED, null, false, false), policies.policies.get(""));

        assertTrue(run("bpo:routing-policy -c spring acme").startsWith("Routing policy in force for campaign spring of acme:"));
        assertTrue(run("bpo:routing-policy acme").contains("spring"));
        assertEquals(List.of("policy ops.ana acme spring", "policies ops.ana acme"), policies.calls.subList(2, 4));
    }

    @Test
    public void routingDecideAndWeekOptionsReachTheRoutingService() throws Exception {
        routing.decision = new RoutingDecision(Handler.AGENCY, "OVERFLOW_BUSY", null, "no in-house agent is free");

        String printed = run("bpo:routing-decide --campaign spring --at 2026-02-17T02:00:00Z --in-house-busy --waited 30 acme");

        assertEquals(List.of(new RoutingQuestion("acme", "spring", Instant.parse("2026-02-17T02:00:00Z"), false, 30)),
                routing.questions);
        assertTrue(printed, printed.contains("Handler:     AGENCY\nRule:        OVERFLOW_BUSY\n"));

        run("bpo:routing-week --campaign spring --start 2026-02-16 acme");
        assertEquals(List.of("acme spring 2026-02-15T16:00:00Z 2026-02-22T16:00:00Z"), routing.timelines);
        assertEquals(List.of("policy ops.ana acme spring", "policy ops.ana acme spring"), policies.calls);
    }

    @Test
    public void withoutTheRoutingBundleTheRoutingCommandsStillRegisterAndSayWhatToInstall() {
        factory.unregister(routing);
        CommandException e = assertThrows(CommandException.class, () -> run("bpo:routing-decide acme"));
        assertEquals("Error: Temporarily unavailable: the routing bundle is not deployed; install the bpohub-routing "
                + "feature (feature:install bpohub-routing) and retry", e.getMessage());
        assertEquals(List.of("policy ops.ana acme null"), policies.calls);
    }

    @Test
    public void ratePlanCommandsReadTheFileAndTheirArguments() throws Exception {
        Path file = folder.newFile("cn-standard.json").toPath();
        Files.writeString(file, BillingCommandsTest.PLAN_JSON, StandardCharsets.UTF_8);

        assertTrue(run("bpo:rate-plan-import " + file).startsWith("Rate plan cn-standard saved from cn-standard.json;"));
        assertEquals(BillingCommandsTest.CN_STANDARD, billing.plans.get("cn-standard"));
        assertTrue(run("bpo:rate-plan-list").contains("\n            |          |       |          |               |             |"
                + "       2 | 2026-07-01 | -          |            3\n"));
        assertEquals("Rate plan cn-standard assigned to acme; rate a month with bpo:billing-rate acme <YYYY-MM>.\n",
                run("bpo:rate-plan-assign acme cn-standard"));
        assertEquals(List.of("savePlan ops.ana cn-standard", "plans ops.ana", "assignPlan ops.ana acme cn-standard"), billing.calls);

        CommandException noPlan = assertThrows(CommandException.class, () -> run("bpo:rate-plan-assign acme"));
        assertTrue(noPlan.getMessage(), noPlan.getMessage().contains("planId"));
        CommandException noFile = assertThrows(CommandException.class, () -> run("bpo:rate-plan-import"));
        assertTrue(noFile.getMessage(), noFile.getMessage().contains("file"));
    }

    @Test
    public void billingPeriodCommandsTakeTheTenantThenTheMonth() throws Exception {
        billing.report = new io.bpohub.platform.services.RatingReport("acme", "2026-11", 3, 3, 0, 0, 0, false,
                new java.math.BigDecimal("0.90"), "CNY", List.of());

        assertTrue(run("bpo:billing-rate acme 2026-11").contains("Total:     0.90 CNY\n"));
        assertTrue(run("bpo:billing-summary acme 2026-11").startsWith("Charges of acme for 2026-11:\n"));
        assertTrue(run("bpo:billing-close acme 2026-11").startsWith("Billing period 2026-11 of acme closed"));
        assertEquals(List.of("rate ops.ana acme 2026-11", "summary ops.ana acme 2026-11", "closePeriod ops.ana acme 2026-11"),
                billing.calls);

        CommandException badMonth = assertThrows(CommandException.class, () -> run("bpo:billing-close acme November"));
        assertEquals("Error: Invalid input: period must be a month like 2026-11 (YYYY-MM), not 'November' (field: period)",
                badMonth.getMessage());
        CommandException noMonth = assertThrows(CommandException.class, () -> run("bpo:billing-rate acme"));
        assertTrue(noMonth.getMessage(), noMonth.getMessage().contains("period"));
        assertEquals(3, billing.calls.size());
    }

    @Test
    public void invoicingCommandsTakeTheirOptionsBeforeTheArguments() throws Exception {
        billing.terms.put("acme", BillingCommandsTest.ACME_TERMS);
        assertTrue(run("bpo:billing-terms-set --bill-to \"Acme Holdings Ltd\" --address \"1 Harbour Road|Central\" --tax-rate 0.05 "
                + "--payment-days 60 --cost-table - acme").startsWith("Billing terms of acme saved;"));
        assertEquals(new io.bpohub.platform.services.TenantBilling("Acme Holdings Ltd", "1 Harbour Road\nCentral", "VAT",
                new java.math.BigDecimal("0.05"), 60, null), billing.terms.get("acme"));
        assertTrue(run("bpo:billing-terms acme").contains("Address:      1 Harbour Road | Central\n"));

        assertTrue(run("bpo:billing-charges --type talk -p 2 -n 10 acme 2026-11").startsWith("TALK charges of acme for 2026-11:\n"));

        billing.jobSteps = List.of(Fakes.Billing.job("SUCCEEDED", 3, 3, null, BillingCommandsTest.resultJson(
                new io.bpohub.platform.services.RatingReport("acme", "2026-11", 3, 3, 0, 0, 0, false,
                        new java.math.BigDecimal("0.90"), "CNY", List.of()))));
        assertEquals("Rating of acme for 2026-11 started as job job-7; follow it with bpo:job job-7\n",
                run("bpo:billing-rate-job --no-wait acme 2026-11"));
        assertTrue(run("bpo:job job-7").contains("State:       SUCCEEDED\nProgress:    3/3 (100%)\n"));
        assertTrue(run("bpo:billing-rate-job acme 2026-11").contains("Job job-7 SUCCEEDED at 3/3 (100%).\nRecords:   3\n"));

        billing.document = BillingCommandsTest.invoice("INV-2026-000042");
        assertTrue(run("bpo:invoice-preview acme 2026-11").contains("Total CNY "));
        assertTrue(run("bpo:invoice-issue acme 2026-11").startsWith("Invoice INV-2026-000042 issued to acme for 2026-11;"));
        Path pdf = folder.getRoot().toPath().resolve("inv.pdf");
        assertTrue(run("bpo:invoice-download acme INV-2026-000042 " + pdf).startsWith("PDF of INV-2026-000042 of acme written.\n"));
        assertTrue(Files.exists(pdf));
        Path csv = folder.getRoot().toPath().resolve("detail.csv");
        assertTrue(run("bpo:invoice-download --detail csv acme INV-2026-000042 " + csv).startsWith("CSV detail of INV-2026-000042"));
        assertTrue(run("bpo:invoice-list acme").contains("No invoices or credit notes for acme yet"));
        assertTrue(run("bpo:invoice-register").contains("No invoices or credit notes yet"));
        assertTrue(run("bpo:cost-table-list").contains("No cost tables yet"));

        assertEquals(List.of("billingSettings ops.ana acme", "saveBillingSettings ops.ana acme", "billingSettings ops.ana acme",
                "charges ops.ana acme 2026-11 TALK 2 10", "startRating ops.ana acme 2026-11", "job ops.ana job-7",
                "startRating ops.ana acme 2026-11", "job ops.ana job-7", "previewInvoice ops.ana acme 2026-11",
                "issueInvoice ops.ana acme 2026-11", "writeInvoicePdf ops.ana acme INV-2026-000042",
                "writeInvoiceDetail ops.ana acme INV-2026-000042 CSV", "invoices ops.ana acme", "register ops.ana",
                "costTables ops.ana"), billing.calls);

        CommandException noFile = assertThrows(CommandException.class, () -> run("bpo:invoice-download acme INV-2026-000042"));
        assertTrue(noFile.getMessage(), noFile.getMessage().contains("file"));
        CommandException noId = assertThrows(CommandException.class, () -> run("bpo:job"));
        assertTrue(noId.getMessage(), noId.getMessage().contains("id"));
    }

    @Test
    public void scriptTrialRepeatsItsTesterOptionAndBulletinOptionsComeBeforeTheArguments() throws Exception {
        String printed = run("bpo:script-trial --tester ana -t ben --tester cy --target 30 acme spring-offer 2");
        assertEquals(List.of("startTrial ops.ana acme spring-offer 2 [ana, ben, cy] 30"), scripts.calls);
        assertTrue(printed, printed.startsWith("Version 2 of spring-offer is on trial with 3 testers for 30 calls.\n"));
        CommandException noTarget = assertThrows(CommandException.class, () -> run("bpo:script-trial --tester ana acme spring-offer 2"));
        assertTrue(noTarget.getMessage(), noTarget.getMessage().contains("--target"));

        assertEquals("Bulletin 11 posted to unit 4 of acme.\n",
                run("bpo:bulletin-post --unit 4 --expires 2026-05-01T00:00:00Z acme \"Team huddle\" \"09:00 in room 2\""));
        assertEquals("09:00 in room 2", bulletins.posted.body());
        assertEquals(java.time.Instant.parse("2026-05-01T00:00:00Z"), bulletins.posted.expiresAt());
    }

    @Test
    public void campaignAndWorkflowCommandsTakeTheirOptionsBeforeTheArguments() throws Exception {
        assignments.result = new io.bpohub.platform.services.AssignmentResult(4, Map.of("12", 2, "13", 2));
        assertTrue(run("bpo:contact-assign --count 4 --evenly --class interested --city Shenzhen acme spring team 12 13")
                .startsWith("Assigned 4 contacts of campaign spring in acme to teams:\n"));
        assertEquals(List.of("12", "13"), assignments.request.targets());
        CommandException notEvenly = assertThrows(CommandException.class, () -> run("bpo:contact-assign acme spring team 12 13"));
        assertTrue(notEvenly.getMessage(), notEvenly.getMessage().contains("--evenly"));
        run("bpo:agent-reassign -e acme ana");
        assertEquals(List.of("assign ops.ana acme spring TEAM [12, 13] 4 INTERESTED null null null Shenzhen",
                "reassignAgent ops.ana acme ana true"), assignments.calls);

        campaigns.campaign = CampaignCommandsTest.SPRING;
        Path file = folder.newFile("spring.json").toPath();
        Files.writeString(file, CampaignCommandsTest.SPRING_JSON, StandardCharsets.UTF_8);
        assertTrue(run("bpo:campaign-create acme spring " + file).startsWith("Campaign spring of acme created from spring.json;"));
        run("bpo:campaign-list -s paused -n 5 acme");
        CommandException unconfirmed = assertThrows(CommandException.class, () -> run("bpo:campaign-close acme spring"));
        assertTrue(unconfirmed.getMessage(), unconfirmed.getMessage().contains("--confirm spring"));
        assertTrue(run("bpo:campaign-close --confirm spring acme spring").contains("is CLOSED"));
        assertEquals(List.of("create ops.ana acme spring Spring offer", "list ops.ana acme PAUSED 0 5", "close ops.ana acme spring"),
                campaigns.calls);

        workflow.state = CampaignCommandsTest.INTERESTED;
        run("bpo:outcome-record --call-ref cdr-981 --at 2026-03-03T02:15:00Z --note \"wants a brochure\" acme 42 2");
        run("bpo:callbacks-due --as-of 2026-03-03T02:10:00Z acme");
        assertEquals(List.of("recordOutcome ops.ana acme 42 2 cdr-981 2026-03-03T02:15:00Z wants a brochure",
                "dueCallbacks ops.ana acme 2026-03-03T02:10:00Z"), workflow.calls);
        CommandException notAnId = assertThrows(CommandException.class, () -> run("bpo:contact-card acme li-wei"));
        assertTrue(notAnId.getMessage(), notAnId.getMessage().contains("contact"));
        assertEquals(2, workflow.calls.size());
    }

    @Test
    public void inboundCommandsTakeTheirOptionsBeforeTheArguments() throws Exception {
        assertEquals("Skills of acme.ana in acme set to billing, spanish; they apply from the agent's next join.\n",
                run("bpo:agent-skills acme acme.ana spanish billing"));
        assertEquals("acme.ana has no skills in acme now; this applies from their next join.\n", run("bpo:agent-skills --clear acme acme.ana"));
        CommandException both = assertThrows(CommandException.class, () -> run("bpo:agent-skills --clear acme acme.ana billing"));
        assertTrue(both.getMessage(), both.getMessage().endsWith("(field: clear)"));
        assertTrue(run("bpo:agent-skills acme acme.ana").startsWith("acme.ana has no skills in acme;"));

        Path plan = folder.newFile("plan.json").toPath();
        Files.writeString(plan, InboundCommandsTest.PLAN_JSON, StandardCharsets.UTF_8);
        assertTrue(run("bpo:inbound-plan-load acme " + plan).contains("as revision 1;"));
        CommandException noFile = assertThrows(CommandException.class, () -> run("bpo:inbound-plan-load acme"));
        assertTrue(noFile.getMessage(), noFile.getMessage().contains("file"));
        run("bpo:inbound-number-assign acme +861088886666");
        assertEquals(List.of("setSkills ops.ana acme acme.ana [spanish, billing]", "setSkills ops.ana acme acme.ana []",
                "skills ops.ana acme acme.ana", "savePlan ops.ana acme " + InboundCommandsTest.PLAN_JSON,
                "assignNumber ops.ana acme +861088886666"), inbound.calls);

        assertTrue(run("bpo:calls-find --queue billing --recorded -n 5 --min-talk 30 acme").endsWith("2 calls found.\n"));
        assertEquals(List.of("findCalls ops.ana acme CallQuery[campaign=null, agent=null, from=null, to=null, result=null, handler=null, "
                + "destinationPrefix=null, minTalkSeconds=30, queue=billing, recorded=true] 5"), exports.calls);
        run("bpo:export-calls --queue billing --recorded acme " + folder.getRoot().toPath().resolve("calls.csv"));
        assertTrue(exports.calls.get(1), exports.calls.get(1).endsWith("queue=billing, recorded=true] CSV"));
    }
}
