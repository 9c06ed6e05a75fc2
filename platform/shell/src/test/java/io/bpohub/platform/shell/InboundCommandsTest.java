package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The inbound commands (numbers, plan, skills, live calls) and bpo:calls-find against recording fakes. */
public class InboundCommandsTest {
    static final String PLAN_JSON = "{\n  \"queues\": [{\"key\": \"billing\", \"campaign\": \"care\", \"skills\": [\"billing\"]}],\n"
            + "  \"ivr\": {\"key\": \"main\", \"prompt\": \"欢迎致电 Acme\", \"options\": {\"1\": {\"queue\": \"billing\"}}}\n}\n";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final InboundFakes.Inbound inbound = new InboundFakes.Inbound();

    private <C extends InboundCommand> C wire(C cmd) {
        cmd.inboundService = inbound;
        cmd.tenant = "acme";
        return cmd;
    }

    private String refusal(BpoCommand cmd) {
        return assertThrows(CommandException.class, () -> shell.run(cmd)).getMessage();
    }

    // --- inbound-number-assign, inbound-numbers, inbound-number-release

    @Test
    public void numbersAreAssignedListedAndReleased() throws Exception {
        InboundNumbersCommand list = wire(new InboundNumbersCommand());
        assertEquals("No inbound numbers for acme; assign one with bpo:inbound-number-assign.\n", shell.run(list));

        InboundNumberAssignCommand assign = wire(new InboundNumberAssignCommand());
        assign.number = "+861088886666";
        assertEquals("+861088886666 now brings calls to acme (assigned by ops at 2024-05-01T08:30:15Z).\n", shell.run(assign));

        String table = shell.run(list);
        assertTrue(table, table.contains("Number"));
        assertTrue(table, table.contains("+861088886666 | ops         | 2024-05-01T08:30:15Z"));

        InboundNumberReleaseCommand release = wire(new InboundNumberReleaseCommand());
        release.number = "+861088886666";
        assertEquals("+861088886666 no longer brings calls to acme.\n", shell.run(release));
        assertTrue(inbound.numbers.isEmpty());
        assertEquals(List.of("numbers ops acme", "assignNumber ops acme +861088886666", "numbers ops acme",
                "releaseNumber ops acme +861088886666"), inbound.calls);

        assertEquals("Error: Not found: No inbound number +861088886666 of acme", refusal(release));
    }

    // --- inbound-plan, inbound-plan-load

    @Test
    public void aTenantWithoutAPlanIsToldHowToLoadOne() throws Exception {
        String out = shell.run(wire(new InboundPlanCommand()));
        assertTrue(out, out.startsWith("No inbound plan saved for acme yet: callers hear that the number is not in service. "
                + "Load one with bpo:inbound-plan-load.\n"));
        assertTrue(out, out.contains("Revision: 0\n"));
        assertEquals(List.of("plan ops acme"), inbound.calls);
    }

    @Test
    public void theLoadedFileIsSavedAsItIsReadAsUtf8AndThePlanShowsTheNewRevision() throws Exception {
        Path file = folder.newFile("acme-plan.json").toPath();
        Files.writeString(file, PLAN_JSON, StandardCharsets.UTF_8);
        InboundPlanLoadCommand load = wire(new InboundPlanLoadCommand());
        shell.session.currentDir(folder.getRoot().toPath());
        load.file = "acme-plan.json";

        assertEquals("Inbound plan of acme saved from acme-plan.json as revision 1; it takes the next call.\n", shell.run(load));
        assertEquals(List.of("savePlan ops acme " + PLAN_JSON), inbound.calls);

        String shown = shell.run(wire(new InboundPlanCommand()));
        assertFalse(shown, shown.contains("No inbound plan"));
        assertTrue(shown, shown.startsWith("Revision: 1\nSaved by: ops\nSaved at: 2024-05-01T08:30:15Z\n"));
        assertTrue(shown, shown.endsWith(PLAN_JSON));
        assertTrue(shown, shown.contains("欢迎致电 Acme"));
    }

    @Test
    public void aMissingPlanFileIsRefusedNamingItAndNothingIsSaved() {
        InboundPlanLoadCommand load = wire(new InboundPlanLoadCommand());
        Path missing = folder.getRoot().toPath().resolve("nope.json");
        load.file = missing.toString();
        assertEquals("Error: Invalid input: there is no file " + missing + " on the Karaf server (field: file)", refusal(load));
        assertTrue(inbound.calls.isEmpty());
    }

    @Test
    public void aPlanFileThatIsNotJsonOrNotUtf8IsRefusedBeforeTheServiceIsAsked() throws Exception {
        Path broken = folder.newFile("broken.json").toPath();
        Files.writeString(broken, "{\n  \"queues\": [\n}\n", StandardCharsets.UTF_8);
        InboundPlanLoadCommand load = wire(new InboundPlanLoadCommand());
        load.file = broken.toString();
        String error = refusal(load);
        assertTrue(error, error.startsWith("Error: Invalid input: broken.json is not valid JSON at line 3, column 2: "));
        assertTrue(error, error.endsWith("(field: file)"));

        Path latin1 = folder.newFile("latin1.json").toPath();
        Files.write(latin1, "{\"prompt\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        load.file = latin1.toString();
        assertEquals("Error: Invalid input: latin1.json is not UTF-8 text; save it as UTF-8 and retry (field: file)", refusal(load));

        Path empty = folder.newFile("empty.json").toPath();
        load.file = empty.toString();
        assertEquals("Error: Invalid input: empty.json holds no inbound plan (it is empty or JSON null) (field: file)", refusal(load));
        assertTrue(inbound.calls.isEmpty());
    }

    @Test
    public void aByteOrderMarkIsNotSentToTheService() throws Exception {
        Path file = folder.newFile("bom.json").toPath();
        Files.writeString(file, "\uFEFF" + PLAN_JSON, StandardCharsets.UTF_8);
        InboundPlanLoadCommand load = wire(new InboundPlanLoadCommand());
        load.file = file.toString();
        shell.run(load);
        assertEquals(PLAN_JSON, inbound.plan.document());
    }

    // --- agent-skills

    @Test
    public void skillsAreShownReplacedAndCleared() throws Exception {
        AgentSkillsCommand cmd = wire(new AgentSkillsCommand());
        cmd.agent = "acme.ana";
        assertEquals("acme.ana has no skills in acme; set them with bpo:agent-skills acme acme.ana <skill> ...\n", shell.run(cmd));

        cmd.skills = List.of("spanish", "billing");
        assertEquals("Skills of acme.ana in acme set to billing, spanish; they apply from the agent's next join.\n", shell.run(cmd));
        assertEquals(Set.of("spanish", "billing"), inbound.skills.get("acme.ana"));

        cmd.skills = null;
        assertEquals("Skills of acme.ana in acme: billing, spanish\n", shell.run(cmd));

        cmd.clear = true;
        assertEquals("acme.ana has no skills in acme now; this applies from their next join.\n", shell.run(cmd));
        assertEquals(Set.of(), inbound.skills.get("acme.ana"));
        assertEquals(List.of("skills ops acme acme.ana", "setSkills ops acme acme.ana [spanish, billing]", "skills ops acme acme.ana",
                "setSkills ops acme acme.ana []"), inbound.calls);
    }

    @Test
    public void clearWithSkillsIsRefusedAndNothingChanges() {
        AgentSkillsCommand cmd = wire(new AgentSkillsCommand());
        cmd.agent = "acme.ana";
        cmd.skills = List.of("billing");
        cmd.clear = true;
        assertEquals("Error: Invalid input: --clear removes every skill; leave it out to set billing (field: clear)", refusal(cmd));
        assertTrue(inbound.calls.isEmpty());
    }

    // --- inbound-live

    @Test
    public void liveShowsEachCallInProgress() throws Exception {
        InboundLiveCommand cmd = wire(new InboundLiveCommand());
        assertEquals("No inbound calls of acme in progress.\n", shell.run(cmd));

        inbound.live = List.of(InboundFakes.call("sim-1", "TALKING", "main>1", "billing", "acme.ana"),
                InboundFakes.call("sim-2", "IVR", "main", null, null));
        String out = shell.run(cmd);
        assertTrue(out, out.contains("Call  | Caller         | State   | Node   | Queue   | Agent    | Since"));
        assertTrue(out, out.contains("sim-1 | +8613800138000 | TALKING | main>1 | billing | acme.ana | 2024-05-01T08:30:15Z\n"));
        assertTrue(out, out.contains("sim-2 | +8613800138000 | IVR     | main   | -       | -        | 2024-05-01T08:30:15Z\n"));
        assertTrue(out, out.endsWith("2 calls in progress.\n"));
        assertEquals(List.of("live ops acme", "live ops acme"), inbound.calls);
    }

    @Test
    public void queuesShowEachQueuesDayWithItsServiceLevel() throws Exception {
        String out = shell.run(wire(new InboundQueuesCommand()));
        assertEquals(List.of("queues ops acme"), inbound.calls);
        assertTrue(out, out.contains("Queue | Campaign   | Waiting | Longest s | Offered | Answered | Abandoned | Callbacks | Overflowed | Service level | ASA s"));
        assertTrue(out, out.contains("care  | demo-care  |       2 |        75 |      40 |       34 |         3 |         1 |          2 |  75 % in 20 s |    14"));
        assertTrue(out, out.contains("sales | demo-sales |       0 |         - |       0 |        0 |         0 |         0 |          0 |             - |     -"));
        assertTrue(out, out.endsWith("Day 2026-11-24 in the tenant's time zone; a call counts in the last queue it waited in.\n"));
    }

    // --- calls-find

    private CallsFindCommand find() {
        CallsFindCommand cmd = new CallsFindCommand();
        cmd.exportService = exports;
        cmd.tenant = "acme";
        return cmd;
    }

    private final Fakes.Exports exports = new Fakes.Exports();

    @Test
    public void findPassesTheFiltersAndLimitAndShowsEachCall() throws Exception {
        CallsFindCommand cmd = find();
        cmd.queue = "billing";
        cmd.recorded = true;
        cmd.from = "2026-11-01T00:00:00Z";
        cmd.agent = "ana";
        cmd.limit = 20;

        String out = shell.run(cmd);

        assertEquals(List.of("findCalls ops acme CallQuery[campaign=null, agent=ana, from=2026-11-01T00:00:00Z, to=null, result=null, "
                + "handler=null, destinationPrefix=null, minTalkSeconds=null, queue=billing, recorded=true] 20"), exports.calls);
        assertTrue(out, out.contains("Started              | Mode        | Number         | Campaign | Queue   | Agent | Result    | "
                + "Talk s | Hold s | Transferred to | Survey | Recording"));
        assertTrue(out, out.contains("2024-05-01T08:30:15Z | INBOUND     | +8613800138000 | care     | billing | ana   | ANSWERED  | "
                + "    95 |     12 | +442071838750  |      5 | sim-7.wav"));
        assertTrue(out, out.contains("2024-05-01T08:30:15Z | PROGRESSIVE | +8613900139000 | spring   | -       | -     | NO_ANSWER | "
                + "     0 |      0 | -              |      - | -"));
        assertTrue(out, out.endsWith("2 calls found.\n"));
    }

    @Test
    public void findWithoutFiltersAsksForTheNewestFiftyAndSaysWhenTheLimitWasReached() throws Exception {
        CallsFindCommand cmd = find();
        shell.run(cmd);
        assertEquals("findCalls ops acme " + io.bpohub.platform.services.CallQuery.ALL + " 50", exports.calls.get(0));

        cmd.limit = 2;
        String out = shell.run(cmd);
        assertTrue(out, out.endsWith("Showing the newest 2; narrow the filters or raise --limit (at most 500) for older calls.\n"));
    }

    @Test
    public void findRefusesABadLimitOrInstantBeforeAskingTheService() {
        CallsFindCommand cmd = find();
        cmd.limit = 501;
        assertEquals("Error: Invalid input: --limit must be 1 to 500, not 501 (field: limit)", refusal(cmd));
        cmd.limit = 0;
        assertTrue(refusal(cmd).contains("(field: limit)"));
        cmd.limit = 10;
        cmd.to = "tomorrow";
        assertEquals("Error: Invalid input: --to must be an instant in UTC like 2026-02-17T02:00:00Z, not 'tomorrow' (field: to)",
                refusal(cmd));
        assertTrue(exports.calls.isEmpty());
    }

    // --- export-calls: the inbound filters

    @Test
    public void exportCallsTakesTheQueueAndRecordedFilters() throws Exception {
        ExportCallsCommand cmd = new ExportCallsCommand();
        cmd.exportService = exports;
        cmd.tenant = "acme";
        cmd.file = folder.getRoot().toPath().resolve("billing.csv").toString();
        cmd.queue = "billing";
        cmd.recorded = true;
        assertTrue(shell.run(cmd).startsWith("2 rows of acme written.\n"));
        cmd.queue = null;
        cmd.recorded = false;
        shell.run(cmd);
        assertEquals(List.of("exportCalls ops acme CallQuery[campaign=null, agent=null, from=null, to=null, result=null, handler=null, "
                + "destinationPrefix=null, minTalkSeconds=null, queue=billing, recorded=true] CSV",
                "exportCalls ops acme " + io.bpohub.platform.services.CallQuery.ALL + " CSV"), exports.calls);
    }
}
