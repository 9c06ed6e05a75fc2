package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.documents.TableWriter;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.documents.SpreadsheetTableWriter;
import io.bpohub.platform.services.CallQuery;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactQuery;
import io.bpohub.platform.services.NewContact;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Contact and call-record exports: filters, the caller's data scope, formula cells neutralised, tenant isolation. */
public class ExportsDatabaseTest {
    private static final String PREFIX = "bput_exp_";
    private static final String PW = "long-password-1";
    private static Platform platform;
    private static Caller operator;

    @BeforeClass
    public static void start() throws Exception {
        TestDatabase.dropAll(PREFIX);
        SpreadsheetTableWriter writer = new SpreadsheetTableWriter();
        platform = new Platform(TestDatabase.settings(PREFIX), Plugins.none().withDocuments(Plugins.missing("bpohub-documents"), () -> writer));
        operator = platform.auth().operator("test");
        for (String slug : List.of("exp", "other")) {
            platform.tenants().create(operator, new NewTenant(slug, slug, "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.IN_HOUSE));
        }
        long sales = platform.org().createUnit(operator, "exp", new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Sales", null)).id();
        long north = platform.org().createUnit(operator, "exp", new NewOrgUnit(OrgUnitKind.TEAM, "North", sales)).id();
        long south = platform.org().createUnit(operator, "exp", new NewOrgUnit(OrgUnitKind.TEAM, "South", sales)).id();
        platform.org().createUser(operator, "exp", new NewUser("exp.lead", "Lead", PW, Role.TEAM_LEAD, north));
        platform.org().createUser(operator, "exp", new NewUser("exp.n1", "N1", PW, Role.AGENT, north));
        platform.org().createUser(operator, "exp", new NewUser("exp.s1", "S1", PW, Role.AGENT, south));
        platform.org().createUser(operator, "exp", new NewUser("exp.admin", "Admin", PW, Role.TENANT_ADMIN, null));
        platform.org().createUser(operator, "other", new NewUser("other.admin", "Admin", PW, Role.TENANT_ADMIN, null));
        platform.contacts().create(operator, "exp", new NewContact("=HYPERLINK(\"http://x.invalid\",\"click\")", "+86 138 0013 8000", sales, north, "exp.n1"));
        platform.contacts().create(operator, "exp", new NewContact("王芳, \"VIP\"", "+86 139 1234 5678", sales, north, "exp.n1"));
        platform.contacts().create(operator, "exp", new NewContact("South One", "+86 137 2222 3333", sales, south, "exp.s1"));
        platform.billing().recordCalls(operator, "exp", List.of(
                new CallRecord(Instant.parse("2026-11-02T02:00:00Z"), 61, "+8613800138000", Handler.IN_HOUSE, "t1", "spring", "exp.n1", "ANSWERED"),
                new CallRecord(Instant.parse("2026-11-03T02:00:00Z"), 0, "+8613800138001", Handler.IN_HOUSE, "t1", "spring", "exp.n1", "NO_ANSWER"),
                new CallRecord(Instant.parse("2026-11-04T02:00:00Z"), 300, "+12125550100", Handler.IN_HOUSE, "t2", "autumn", "exp.s1", "ANSWERED")));
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    private static Caller login(String name) {
        return platform.auth().authenticate(platform.auth().login(name, PW, "127.0.0.1").token(), "127.0.0.1");
    }

    private static List<String> csvLines(ByteArrayOutputStream out) {
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue("Excel needs the BOM to read UTF-8", text.startsWith("\uFEFF"));
        return Arrays.asList(text.substring(1).split("\r\n"));
    }

    @Test
    public void contactsAreExportedInTheCallersScopeWithFormulaCellsNeutralised() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        assertEquals(3, platform.exports().exportContacts(login("exp.admin"), "exp", null, TableWriter.Format.CSV, all));
        List<String> lines = csvLines(all);
        assertTrue(lines.get(0), lines.get(0).startsWith("id,name,phone,phone_e164,campaign,stage,intent_class"));
        assertTrue("a formula is written as text", lines.get(1).contains("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\""));
        assertTrue("quotes and commas are quoted", lines.get(2).contains("\"王芳, \"\"VIP\"\"\""));

        ByteArrayOutputStream lead = new ByteArrayOutputStream();
        assertEquals("a team lead exports their team's contacts", 2,
                platform.exports().exportContacts(login("exp.lead"), "exp", null, TableWriter.Format.CSV, lead));
        assertEquals("an agent exports their own", 0,
                platform.exports().exportContacts(login("exp.s1"), "exp", new ContactQuery(null, null, null, null, null, null, "exp.n1",
                        null, null), TableWriter.Format.CSV, new ByteArrayOutputStream()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        assertEquals(1, platform.exports().exportContacts(login("exp.admin"), "exp", new ContactQuery(null, "SCREENING", null, null, null,
                null, "exp.s1", null, null), TableWriter.Format.XLSX, xlsx));
        assertEquals("an xlsx file is a zip", 'P', xlsx.toByteArray()[0]);
    }

    @Test
    public void callRecordsAreFilteredAndScopedToTheAgentsOfTheCallersTeam() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, platform.exports().exportCalls(login("exp.admin"), "exp", new CallQuery("spring", null,
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), null, null, "8613", 1, null, null), TableWriter.Format.CSV, out));
        List<String> lines = csvLines(out);
        assertEquals("id,started_at,campaign,agent,destination,talk_seconds,result,handler,trunk,call_id,contact_id,dial_mode,ringing_at,"
                + "answered_at,connected_at,abandoned_at,ended_at,hung_up_by,recording_ref,queue,queued_at,ivr_path,survey_score,"
                + "held_at,held_seconds,transferred_to,conferenced_with", lines.get(0));
        assertTrue(lines.get(1), lines.get(1).contains(",2026-11-02T02:00:00Z,spring,exp.n1,'+8613800138000,61,ANSWERED,IN_HOUSE,t1"));
        assertTrue("a call no agent held has 0 s on hold: " + lines.get(1), lines.get(1).endsWith(",,0,,"));

        ByteArrayOutputStream lead = new ByteArrayOutputStream();
        assertEquals("the North lead sees North's agents' calls", 2,
                platform.exports().exportCalls(login("exp.lead"), "exp", null, TableWriter.Format.CSV, lead));
        assertTrue(csvLines(lead).stream().skip(1).allMatch(l -> l.contains(",exp.n1,")));
        assertEquals("the search keeps the same scope, newest first", List.of("+8613800138001", "+8613800138000"),
                platform.exports().findCalls(login("exp.lead"), "exp", CallQuery.ALL, 10).stream().map(c -> c.number()).toList());
        assertEquals("to must follow from", "to", assertThrows(PlatformException.class, () -> platform.exports().exportCalls(operator, "exp",
                new CallQuery(null, null, Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), null, null, null, null, null, null),
                TableWriter.Format.CSV, new ByteArrayOutputStream())).field());
    }

    @Test
    public void anotherTenantsPeopleAndAgentsWithoutReportRightsAreRefused() {
        assertEquals(PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class, () -> platform.exports().exportContacts(
                login("other.admin"), "exp", null, TableWriter.Format.CSV, new ByteArrayOutputStream())).kind());
        assertEquals(PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class, () -> platform.exports().exportCalls(
                login("exp.n1"), "exp", null, TableWriter.Format.CSV, new ByteArrayOutputStream())).kind());
        List<String> refused = platform.audit().list(operator, "exp", "DENIED", 0, 50).items().stream()
                .map(e -> e.action()).collect(Collectors.toList());
        assertTrue(refused.toString(), refused.contains("contact.read") && refused.contains("report.read"));
    }
}
