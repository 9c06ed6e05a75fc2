package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.AssignmentChange;
import io.bpohub.platform.services.AssignmentLevel;
import io.bpohub.platform.services.AssignmentRequest;
import io.bpohub.platform.services.AssignmentResult;
import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CallOutcome;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.CallbackState;
import io.bpohub.platform.services.CallbackView;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.ContactCard;
import io.bpohub.platform.services.ContactView;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.Offer;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.StopReason;
import io.bpohub.platform.services.WorkflowEvent;
import io.bpohub.platform.services.WorkflowStage;
import io.bpohub.platform.services.WorkflowState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CampaignCommandsTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final Fakes.Campaigns campaigns = new Fakes.Campaigns();
    private final Fakes.Workflow workflow = new Fakes.Workflow();
    private final Fakes.Assignments assignments = new Fakes.Assignments();

    /** A campaign definition as the REST API takes it (POST /tenants/acme/campaigns/spring). */
    static final String SPRING_JSON = String.join("\n",
            "{",
            "  \"name\": \"Spring offer\", \"kind\": \"OUTBOUND_SALES\", \"startDate\": \"2026-03-01\", \"endDate\": \"2026-05-31\",",
            "  \"offer\": {\"product\": \"Water purifier\", \"pricePoints\": [\"1999.00\", 2499.00], \"currency\": \"CNY\",",
            "            \"customerGets\": \"free installation\"},",
            "  \"windows\": [{\"start\": \"09:00\", \"end\": \"12:00\"}, {\"start\": \"14:00\", \"end\": \"18:00\"}],",
            "  \"teamIds\": [12, 13],",
            "  \"dispositions\": [{\"key\": \"1\", \"label\": \"Buy now\", \"result\": \"REACHED\", \"intentClass\": \"BUY_NOW\"},",
            "                   {\"key\": \"8\", \"label\": \"No answer\", \"result\": \"NO_ANSWER\"}],",
            "  \"scriptKey\": \"spring-offer\"",
            "}");

    static final Offer OFFER = new Offer("Water purifier", List.of(new BigDecimal("1999.00"), new BigDecimal("2499.00")), "CNY",
            "free installation");
    static final List<DialingWindow> WINDOWS = List.of(new DialingWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new DialingWindow(LocalTime.of(14, 0), LocalTime.of(18, 0)));
    static final List<Disposition> DISPOSITIONS = List.of(new Disposition("1", "Buy now", CallResult.REACHED, IntentClass.BUY_NOW, null),
            new Disposition("8", "No answer", CallResult.NO_ANSWER, null, null));
    static final Instant CREATED = Instant.parse("2026-02-20T01:00:00.500Z");

    static final CampaignView SPRING = new CampaignView("spring", "Spring offer", CampaignKind.OUTBOUND_SALES, CampaignState.ACTIVE, OFFER,
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), WINDOWS, List.of(12L, 13L), DISPOSITIONS, CadenceRules.DEFAULTS,
            "spring-offer", OperatingMode.HYBRID, false, CREATED, "ops", CREATED, "ops");

    private String refusal(BpoCommand cmd) {
        return assertThrows(CommandException.class, () -> shell.run(cmd)).getMessage();
    }

    private <C extends CampaignCommand> C campaign(C cmd, String key) {
        cmd.campaignService = campaigns;
        cmd.tenant = "acme";
        cmd.key = key;
        return cmd;
    }

    private <C extends WorkflowCommand> C workflow(C cmd) {
        cmd.workflowService = workflow;
        cmd.tenant = "acme";
        return cmd;
    }

    private Path write(String name, String json) throws Exception {
        Path file = folder.getRoot().toPath().resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    static final String SPRING_SHOWN = String.join("\n",
            "Campaign: spring (Spring offer)",
            "Kind:     OUTBOUND_SALES",
            "State:    ACTIVE",
            "Dates:    2026-03-01 to 2026-05-31",
            "Mode:     HYBRID (the tenant's)",
            "Offer:    Water purifier at 1999.00 / 2499.00 CNY; gets: free installation",
            "Windows:  09:00-12:00, 14:00-18:00",
            "Teams:    12, 13",
            "Script:   spring-offer",
            "Cadence:  interested +2d, considering +3d, not now +14d; no answer +120min, busy +15min; stop after 6 unanswered in a row",
            "Created:  2026-02-20T01:00:00Z by ops",
            "Changed:  2026-02-20T01:00:00Z by ops",
            "",
            "Key | Label     | Result    | Class   | Stage",
            "----+-----------+-----------+---------+------",
            "1   | Buy now   | REACHED   | BUY_NOW | -",
            "8   | No answer | NO_ANSWER | -       | -",
            "");

    // --- campaign-create

    @Test
    public void createReadsTheRestJsonIntoACampaignSpecAndShowsTheCreatedCampaign() throws Exception {
        campaigns.campaign = SPRING;
        CampaignCreateCommand cmd = campaign(new CampaignCreateCommand(), "spring");
        cmd.file = write("spring.json", SPRING_JSON).toString();

        String out = shell.run(cmd);

        assertEquals(List.of("create ops acme spring Spring offer"), campaigns.calls);
        assertEquals(new CampaignSpec("Spring offer", CampaignKind.OUTBOUND_SALES, OFFER, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31),
                WINDOWS, List.of(12L, 13L), DISPOSITIONS, null, "spring-offer", null), campaigns.created);
        assertEquals("Campaign spring of acme created from spring.json; hand its contacts down the tree with bpo:contact-assign.\n"
                + SPRING_SHOWN, out);
    }

    @Test
    public void createRefusesAnUnknownFieldNamingTheFileAndWhereBeforeTheServiceIsCalled() throws Exception {
        CampaignCreateCommand cmd = campaign(new CampaignCreateCommand(), "spring");
        cmd.file = write("typo.json", SPRING_JSON.replace("\"teamIds\"", "\"teams\"")).toString();

        String message = refusal(cmd);

        assertTrue(message, message.startsWith("Error: Invalid input: typo.json is not a valid campaign at line 10, column 2 (teams): "
                + "Unrecognized field \"teams\""));
        assertTrue(message, message.endsWith(" (field: file)"));
        assertTrue(campaigns.calls.isEmpty());
    }

    @Test
    public void createRefusesAMissingFileBeforeTheServiceIsCalled() {
        CampaignCreateCommand cmd = campaign(new CampaignCreateCommand(), "spring");
        Path missing = folder.getRoot().toPath().resolve("nope.json");
        cmd.file = missing.toString();

        assertEquals("Error: Invalid input: there is no file " + missing + " on the Karaf server (field: file)", refusal(cmd));
        assertTrue(campaigns.calls.isEmpty());
    }

    // --- campaign-list, -show, -pause, -resume, -close

    @Test
    public void listShowsOneRowPerCampaignMarkingAModeOfItsOwn() throws Exception {
        campaigns.campaigns.add(SPRING);
        campaigns.campaigns.add(new CampaignView("survey-q1", "Q1 survey", CampaignKind.OUTBOUND_SURVEY, CampaignState.PAUSED, null,
                LocalDate.of(2026, 1, 5), null, List.of(new DialingWindow(LocalTime.of(10, 0), LocalTime.of(16, 0))), List.of(), List.of(),
                CadenceRules.DEFAULTS, null, OperatingMode.OUTSOURCED, true, CREATED, "ops", CREATED, "ops"));
        CampaignListCommand cmd = new CampaignListCommand();
        cmd.campaignService = campaigns;
        cmd.tenant = "acme";
        cmd.state = "active";
        cmd.size = 2;

        String out = shell.run(cmd);

        assertEquals(List.of("list ops acme ACTIVE 0 2"), campaigns.calls);
        assertEquals(String.join("\n",
                "Key       | Name         | Kind            | State  | Start      | End        | Mode        | Windows",
                "----------+--------------+-----------------+--------+------------+------------+-------------+-------------------------",
                "spring    | Spring offer | OUTBOUND_SALES  | ACTIVE | 2026-03-01 | 2026-05-31 | HYBRID      | 09:00-12:00, 14:00-18:00",
                "survey-q1 | Q1 survey    | OUTBOUND_SURVEY | PAUSED | 2026-01-05 | -          | OUTSOURCED* | 10:00-16:00",
                "Showing 1-2 of 2 (page 0, last page 0).",
                ""), out);
    }

    @Test
    public void listWithoutCampaignsSaysHowToCreateOneAndABadStateIsRefusedFirst() throws Exception {
        CampaignListCommand cmd = new CampaignListCommand();
        cmd.campaignService = campaigns;
        cmd.tenant = "acme";
        assertEquals("No campaigns for acme; create one with bpo:campaign-create <tenant> <key> <file>.\n", shell.run(cmd));

        cmd.state = "running";
        assertEquals("Error: Invalid input: 'running' is not a valid state; use one of ACTIVE, PAUSED, CLOSED (field: state)", refusal(cmd));
        assertEquals(List.of("list ops acme null 0 50"), campaigns.calls);
    }

    @Test
    public void showPrintsTheDefinitionAndItsDispositions() throws Exception {
        campaigns.campaign = SPRING;
        assertEquals(SPRING_SHOWN, shell.run(campaign(new CampaignShowCommand(), "spring")));
        assertEquals(List.of("get ops acme spring"), campaigns.calls);
    }

    @Test
    public void pauseResumeAndCloseSayTheNewState() throws Exception {
        campaigns.campaign = SPRING;
        assertEquals("Campaign spring of acme is PAUSED; resume it with bpo:campaign-resume acme spring.\n",
                shell.run(campaign(new CampaignPauseCommand(), "spring")));
        assertEquals("Campaign spring of acme is ACTIVE.\n", shell.run(campaign(new CampaignResumeCommand(), "spring")));
        CampaignCloseCommand close = campaign(new CampaignCloseCommand(), "spring");
        close.confirm = "spring";
        assertEquals("Campaign spring of acme is CLOSED: no more outcomes are recorded for it.\n", shell.run(close));
        assertEquals(List.of("pause ops acme spring", "resume ops acme spring", "close ops acme spring"), campaigns.calls);
    }

    @Test
    public void closeWithoutTheKeyRepeatedIsRefusedBeforeTheServiceIsCalled() {
        CampaignCloseCommand close = campaign(new CampaignCloseCommand(), "spring");
        assertEquals("Error: Invalid input: Closing spring is final: no more outcomes, no resume. Run bpo:campaign-close --confirm spring "
                + "acme spring (field: confirm)", refusal(close));
        close.confirm = "sprung";
        assertEquals("Error: Invalid input: --confirm sprung does not repeat the campaign key spring. Closing spring is final: no more "
                + "outcomes, no resume. Run bpo:campaign-close --confirm spring acme spring (field: confirm)", refusal(close));
        assertTrue(campaigns.calls.isEmpty());
    }

    @Test
    public void aStateConflictFromTheServiceIsOneLine() {
        campaigns.fail = PlatformException.conflict("state", "campaign spring is CLOSED; only a campaign that is PAUSED can become ACTIVE");
        assertEquals("Error: Conflict: campaign spring is CLOSED; only a campaign that is PAUSED can become ACTIVE (field: state)",
                refusal(campaign(new CampaignResumeCommand(), "spring")));
    }

    // --- contact-assign, agent-reassign

    private ContactAssignCommand assign(String level, String... targets) {
        ContactAssignCommand cmd = new ContactAssignCommand();
        cmd.assignmentService = assignments;
        cmd.tenant = "acme";
        cmd.campaign = "spring";
        cmd.level = level;
        cmd.targets = List.of(targets);
        return cmd;
    }

    @Test
    public void assignPassesLevelTargetsCountAndFiltersAndPrintsEachTargetsShare() throws Exception {
        Map<String, Integer> per = new LinkedHashMap<>();
        per.put("12", 101);
        per.put("1300", 100);
        assignments.result = new AssignmentResult(201, per);
        ContactAssignCommand cmd = assign("team", "12", "1300");
        cmd.evenly = true;
        cmd.count = 201;
        cmd.intentClass = "interested";
        cmd.stage = "follow-up";
        cmd.grade = "b";
        cmd.region = "Guangdong";
        cmd.city = "Shenzhen";

        String out = shell.run(cmd);

        assertEquals(new AssignmentRequest("spring", AssignmentLevel.TEAM, List.of("12", "1300"), 201, IntentClass.INTERESTED,
                WorkflowStage.FOLLOW_UP, LeadGrade.B, "Guangdong", "Shenzhen"), assignments.request);
        assertEquals(List.of("assign ops acme spring TEAM [12, 1300] 201 INTERESTED FOLLOW_UP B Guangdong Shenzhen"), assignments.calls);
        assertEquals("Assigned 201 contacts of campaign spring in acme to teams:\n  12    101\n  1300  100\n", out);
    }

    @Test
    public void assignToOneAgentWithoutFiltersAndNothingMatching() throws Exception {
        assignments.result = new AssignmentResult(0, Map.of("ana", 0));
        String out = shell.run(assign("AGENT", "ana"));
        assertNull(assignments.request.count());
        assertNull(assignments.request.intentClass());
        assertEquals("Assigned 0 contacts of campaign spring in acme to agent:\n  ana  0\nNone matched: only contacts the level above "
                + "handed to the parent unit, and nobody below yet, are assigned.\n", out);
    }

    @Test
    public void assignRefusesBeforeTheServiceIsCalled() {
        assertEquals("Error: Invalid input: 2 targets share the contacts in turn (counts differ by at most one); add --evenly to confirm, "
                + "or name one target (field: evenly)", refusal(assign("team", "12", "13")));
        assertEquals("Error: Invalid input: 'unit' is not a valid level; use one of DEPARTMENT, TEAM, AGENT (field: level)",
                refusal(assign("unit", "12")));
        ContactAssignCommand zero = assign("team", "12");
        zero.count = 0;
        assertEquals("Error: Invalid input: --count must be 1 or more; leave it out for all (field: count)", refusal(zero));
        ContactAssignCommand badGrade = assign("team", "12");
        badGrade.grade = "F";
        assertEquals("Error: Invalid input: 'F' is not a valid grade; use one of A, B, C, D, E (field: grade)", refusal(badGrade));
        assertTrue(assignments.calls.isEmpty());
    }

    @Test
    public void assignRefusedByTheServiceIsOneLine() {
        assignments.fail = PlatformException.forbidden("teams of department 3 get their contacts from that department's head");
        assertEquals("Error: Forbidden: teams of department 3 get their contacts from that department's head", refusal(assign("team", "12")));
    }

    @Test
    public void reassignSendsTheEvenlyFlagAndPrintsWhereTheContactsWent() throws Exception {
        Map<String, Integer> per = new LinkedHashMap<>();
        per.put("ben", 2);
        per.put("cy", 1);
        assignments.result = new AssignmentResult(3, per);
        AgentReassignCommand cmd = new AgentReassignCommand();
        cmd.assignmentService = assignments;
        cmd.tenant = "acme";
        cmd.agent = "ana";
        cmd.evenly = true;

        assertEquals("Reassigned 3 contacts of ana in acme:\n  ben  2\n  cy   1\n", shell.run(cmd));

        assignments.result = new AssignmentResult(1, Map.of("(team pool)", 1));
        cmd.evenly = false;
        assertEquals("Reassigned 1 contact of ana in acme:\n  (team pool)  1\n", shell.run(cmd));
        assignments.result = new AssignmentResult(0, Map.of());
        assertEquals("ana holds no contacts in acme; nothing to reassign.\n", shell.run(cmd));
        assertEquals(List.of("reassignAgent ops acme ana true", "reassignAgent ops acme ana false", "reassignAgent ops acme ana false"),
                assignments.calls);
    }

    // --- outcome-record, callbacks-due, contact-card

    static final WorkflowState INTERESTED = new WorkflowState(42, "spring", WorkflowStage.FOLLOW_UP, IntentClass.INTERESTED, LeadGrade.C,
            3, 0, Instant.parse("2026-03-03T02:15:00Z"), "2", CallResult.REACHED, Instant.parse("2026-03-05T02:15:00Z"), null);

    @Test
    public void outcomeRecordPassesKeyCallAndTimeAndPrintsTheNewState() throws Exception {
        workflow.state = INTERESTED;
        OutcomeRecordCommand cmd = workflow(new OutcomeRecordCommand());
        cmd.contact = 42;
        cmd.disposition = "2";
        cmd.callRef = "cdr-981";
        cmd.at = "2026-03-03T02:15:00Z";
        cmd.note = "wants a brochure";

        String out = shell.run(cmd);

        assertEquals(new CallOutcome("2", "cdr-981", Instant.parse("2026-03-03T02:15:00Z"), "wants a brochure"), workflow.outcome);
        assertEquals(String.join("\n",
                "Outcome 2 recorded for contact 42 of acme.",
                "Campaign:     spring",
                "Stage:        FOLLOW_UP",
                "Class:        INTERESTED",
                "Grade:        C",
                "Attempts:     3 (0 unanswered in a row)",
                "Last call:    2026-03-03T02:15:00Z key 2 (REACHED)",
                "Next attempt: 2026-03-05T02:15:00Z",
                ""), out);
    }

    @Test
    public void outcomeRecordSaysWhyCallingStoppedAndRefusesABadTimeFirst() throws Exception {
        workflow.state = new WorkflowState(42, "spring", WorkflowStage.FOLLOW_UP, IntentClass.NEVER, null, 1, 0,
                Instant.parse("2026-03-03T02:15:00Z"), "5", CallResult.REACHED, null, StopReason.NEVER);
        OutcomeRecordCommand cmd = workflow(new OutcomeRecordCommand());
        cmd.contact = 42;
        cmd.disposition = "5";
        String out = shell.run(cmd);
        assertTrue(out, out.endsWith("Grade:        -\nAttempts:     1 (0 unanswered in a row)\n"
                + "Last call:    2026-03-03T02:15:00Z key 5 (REACHED)\nNext attempt: none: NEVER\n"));
        assertEquals(new CallOutcome("5", null, null, null), workflow.outcome);

        cmd.at = "yesterday";
        assertEquals("Error: Invalid input: --at must be an instant in UTC like 2026-02-17T02:00:00Z, not 'yesterday' (field: at)",
                refusal(cmd));
        assertEquals(1, workflow.calls.size());
    }

    static final CallbackView AWAY = new CallbackView(7, 42, "Li Wei", "spring", "ana", 12L, Instant.parse("2026-03-03T02:00:00Z"),
            CallbackState.DUE, true, "after lunch", CREATED, "ana", null, null, null);

    @Test
    public void callbacksDueListsWhatPopsUpAsOfTheTimeAsked() throws Exception {
        workflow.due.add(AWAY);
        CallbacksDueCommand cmd = workflow(new CallbacksDueCommand());
        cmd.asOf = "2026-03-03T02:10:00Z";

        String out = shell.run(cmd);

        assertEquals(List.of("dueCallbacks ops acme 2026-03-03T02:10:00Z"), workflow.calls);
        assertEquals(String.join("\n",
                "Callbacks of acme due for ops as of 2026-03-03T02:10:00Z:",
                "Id | Due                  | State | Agent | Team | Away | Contact   | Campaign | Taken by | Note",
                "---+----------------------+-------+-------+------+------+-----------+----------+----------+------------",
                " 7 | 2026-03-03T02:00:00Z | DUE   | ana   |   12 | yes  | 42 Li Wei | spring   | -        | after lunch",
                ""), out);
    }

    @Test
    public void callbacksDueWithoutAnyAndWithABadTime() throws Exception {
        CallbacksDueCommand cmd = workflow(new CallbacksDueCommand());
        String out = shell.run(cmd);
        assertTrue(out, out.startsWith("Callbacks of acme due for ops as of now:\n"));
        assertTrue(out, out.endsWith("\nNone due.\n"));
        cmd.asOf = "03/03 10:00";
        assertEquals("Error: Invalid input: --as-of must be an instant in UTC like 2026-02-17T02:00:00Z, not '03/03 10:00' (field: as-of)",
                refusal(cmd));
        assertEquals(List.of("dueCallbacks ops acme null"), workflow.calls);
    }

    @Test
    public void contactCardShowsStateHistoryCallbacksAndAssignments() throws Exception {
        WorkflowEvent first = new WorkflowEvent(1, Instant.parse("2026-03-03T02:15:00Z"), "ana", "OUTCOME", "cdr-981", "2",
                CallResult.REACHED, null, IntentClass.INTERESTED, WorkflowStage.SCREENING, WorkflowStage.FOLLOW_UP, null, null,
                Instant.parse("2026-03-05T02:15:00Z"), null);
        WorkflowEvent grade = new WorkflowEvent(2, Instant.parse("2026-03-03T02:16:00Z"), "ana", "GRADE", null, null, null,
                IntentClass.INTERESTED, IntentClass.INTERESTED, WorkflowStage.FOLLOW_UP, WorkflowStage.FOLLOW_UP, null, LeadGrade.C,
                Instant.parse("2026-03-05T02:15:00Z"), "budget next month");
        AssignmentChange toTeam = new AssignmentChange(Instant.parse("2026-03-01T00:00:00Z"), "lead.a", "ASSIGN", 3L, 3L, null, 12L, null,
                "ana");
        workflow.card = new ContactCard(new ContactView(42, "Li Wei", "+8613800000000", 3L, 12L, "ana", CREATED), INTERESTED,
                List.of(first, grade), List.of(AWAY), List.of(toTeam));
        ContactCardCommand cmd = workflow(new ContactCardCommand());
        cmd.contact = 42;

        String out = shell.run(cmd);

        assertEquals(List.of("card ops acme 42"), workflow.calls);
        assertEquals(String.join("\n",
                "Contact:      42 Li Wei",
                "Phone:        +8613800000000",
                "Placed:       department 3, team 12, agent ana",
                "Campaign:     spring",
                "Stage:        FOLLOW_UP",
                "Class:        INTERESTED",
                "Grade:        C",
                "Attempts:     3 (0 unanswered in a row)",
                "Last call:    2026-03-03T02:15:00Z key 2 (REACHED)",
                "Next attempt: 2026-03-05T02:15:00Z",
                "",
                "History:",
                "At                   | By  | Kind    | Key | Result  | Class          | Stage                 | Grade | Call    | Note",
                "---------------------+-----+---------+-----+---------+----------------+-----------------------+-------+---------+------------------",
                "2026-03-03T02:15:00Z | ana | OUTCOME | 2   | REACHED | - > INTERESTED | SCREENING > FOLLOW_UP | -     | cdr-981 | -",
                "2026-03-03T02:16:00Z | ana | GRADE   | -   | -       | INTERESTED     | FOLLOW_UP             | - > C | -       | budget next month",
                "",
                "Callbacks:",
                "Id | Due                  | State | Agent | Team | Away | Contact   | Campaign | Taken by | Note",
                "---+----------------------+-------+-------+------+------+-----------+----------+----------+------------",
                " 7 | 2026-03-03T02:00:00Z | DUE   | ana   |   12 | yes  | 42 Li Wei | spring   | -        | after lunch",
                "",
                "Assignments:",
                "At                   | By     | Reason | Department | Team   | Agent",
                "---------------------+--------+--------+------------+--------+--------",
                "2026-03-01T00:00:00Z | lead.a | ASSIGN | 3          | - > 12 | - > ana",
                ""), out);
    }

    @Test
    public void aContactOutsideTheCallersPartOfTheTreeIsOneLine() {
        workflow.fail = PlatformException.forbidden("contact 42 is outside your part of the tree");
        ContactCardCommand cmd = workflow(new ContactCardCommand());
        cmd.contact = 42;
        assertEquals("Error: Forbidden: contact 42 is outside your part of the tree", refusal(cmd));
    }
}
