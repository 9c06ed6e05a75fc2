package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.TelephonyGateway;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.util.tracker.ServiceTracker;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A campaign dialled end to end in the packaged distribution on the real-time simulated network: contacts imported,
 * the campaign started in progressive mode, an agent joins from the desk, takes a call (screen pop: the contact),
 * presses a disposition key in wrap-up and goes ready; the call's CDR is stored with every step.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DialingIntegrationTest extends DistributionTestBase {
    /** A tenant with a team, its agent {@code <slug>.ana}, and the campaign "spring" (dialable all day) with these contacts; its admin's token. */
    private String tenantWithCampaign(String slug, String... numbers) throws Exception {
        String agency = admin();
        onboard(agency, slug, "IN_HOUSE");
        String admin = api.login(slug + ".admin", PW);
        long dept = api.post("/orgs/" + slug + "/units", "{\"kind\":\"DEPARTMENT\",\"name\":\"Sales\"}", admin).json().get("id").asLong();
        long team = api.post("/orgs/" + slug + "/units", "{\"kind\":\"TEAM\",\"name\":\"North\",\"parentId\":" + dept + "}", admin)
                .json().get("id").asLong();
        Api.Reply user = api.post("/orgs/" + slug + "/users", "{\"username\":\"" + slug + ".ana\",\"displayName\":\"Ana\",\"password\":\"" + PW
                + "\",\"role\":\"AGENT\",\"unitId\":" + team + "}", admin);
        assertEquals(user.text(), 201, user.status());
        Api.Reply campaign = api.post("/tenants/" + slug + "/campaigns/spring", "{\"name\":\"Spring\",\"kind\":\"OUTBOUND_SALES\","
                + "\"startDate\":\"2026-01-01\",\"windows\":[{\"start\":\"00:00\",\"end\":\"23:59\"}],\"teamIds\":[" + team + "]}", admin);
        assertEquals(campaign.text(), 201, campaign.status());
        StringBuilder csv = new StringBuilder("name,phone\n");
        for (String n : numbers) csv.append("Contact ").append(n).append(',').append(n).append('\n');
        String upload = api.upload("/tenants/" + slug + "/imports/uploads?fileName=leads.csv", csv.toString().getBytes(StandardCharsets.UTF_8), admin)
                .json().get("id").asText();
        String job = api.post("/tenants/" + slug + "/imports?campaign=spring", "{\"uploadId\":\"" + upload + "\",\"mapping\":{\"headerRow\":true,"
                + "\"columns\":[{\"header\":\"name\",\"field\":\"NAME\"},{\"header\":\"phone\",\"field\":\"PHONE\"}]}}", admin).json().get("id").asText();
        api.await("/jobs/" + job, admin, r -> "SUCCEEDED".equals(r.json().get("state").asText()), Duration.ofSeconds(60));
        return admin;
    }

    private JsonNode awaitDesk(String token, String slug, String state) throws InterruptedException {
        return api.await("/tenants/" + slug + "/dialing/desk", token, r -> state.equals(r.json().get("state").asText()), Duration.ofSeconds(60)).json();
    }

    @Test
    public void anAgentTakesADialledCallWithTheContactOnScreenAndItsRecordIsStored() throws Exception {
        String admin = tenantWithCampaign("dial-it", "07400 123001", "07400 123002");
        Api.Reply started = api.post("/tenants/dial-it/dialing/campaigns/spring/start?mode=progressive", null, admin);
        assertEquals(started.text(), 201, started.status());
        String ana = api.login("dial-it.ana", PW);
        Api.Reply joined = api.post("/tenants/dial-it/dialing/desk/join?campaign=spring", null, ana);
        assertEquals(joined.text(), 200, joined.status());

        JsonNode onCall = awaitDesk(ana, "dial-it", "ON_CALL");
        long contact = onCall.get("contactId").asLong();
        JsonNode card = api.get("/tenants/dial-it/workflow/contacts/" + contact + "/card", ana).json();
        assertTrue("the screen pop is one of the campaign's contacts: " + card, card.toString().contains("+447400123")
                || card.toString().contains("07400 12300"));
        JsonNode board = api.get("/tenants/dial-it/dialing/board", admin).json().get(0);
        assertEquals("spring", board.get("campaignKey").asText());
        assertEquals("ON_CALL", board.get("agents").get(0).get("state").asText());
        Api.Reply whisper = api.post("/tenants/dial-it/dialing/agents/dial-it.ana/monitor?mode=whisper", null, admin);
        assertEquals("a supervisor whispers to the agent on the call: " + whisper.text(), 200, whisper.status());
        assertEquals(403, api.post("/tenants/dial-it/dialing/agents/dial-it.ana/monitor?mode=listen", null, ana).status());

        // the simulated customer hangs up after a few seconds of talk: wrap-up with the contact still on screen
        JsonNode wrapUp = awaitDesk(ana, "dial-it", "WRAP_UP");
        assertEquals(contact, wrapUp.get("contactId").asLong());
        Api.Reply outcome = api.post("/tenants/dial-it/workflow/contacts/" + contact + "/outcomes", "{\"dispositionKey\":\"2\",\"callRef\":\""
                + wrapUp.get("callId").asText() + "\"}", ana);
        assertEquals(outcome.text(), 200, outcome.status());
        assertEquals("INTERESTED", outcome.json().get("intentClass").asText());
        Api.Reply ready = api.post("/tenants/dial-it/dialing/desk/ready", null, ana);
        assertEquals(ready.text(), 200, ready.status());

        Api.Reply calls = api.await("/tenants/dial-it/exports/calls", admin, r -> r.status() == 200 && r.text().contains("CONNECTED"),
                Duration.ofSeconds(30));
        assertTrue(calls.text(), calls.text().contains("dial-it.ana"));
        String callId = wrapUp.get("callId").asText();
        assertTrue("the call put through was recorded: " + calls.text(), calls.text().contains(callId + ".wav"));
        Api.Reply audio = api.get("/tenants/dial-it/dialing/recordings/" + callId, admin);
        assertEquals(200, audio.status());
        assertTrue(audio.contentType(), audio.contentType().startsWith("audio/wav"));
        assertTrue("a WAV file", audio.text().startsWith("RIFF"));
        assertEquals("another tenant's admin cannot fetch it", 403,
                api.get("/tenants/dial-it/dialing/recordings/" + callId, api.login("acme.admin", "acme-demo-1")).status());
        assertEquals(204, api.post("/tenants/dial-it/dialing/campaigns/spring/stop", null, admin).status());
        assertEquals(0, api.get("/tenants/dial-it/dialing/board", admin).json().size());
    }

    @Test
    public void redeployingTheSimulatorWhileCallsRunLosesNoCallRecordAndDialingGoesOn() throws Exception {
        String admin = tenantWithCampaign("dial-rd", "07400 124001", "07400 124002", "07400 124003", "07400 124004");
        ServiceTracker<TelephonyGateway, TelephonyGateway> tracker = new ServiceTracker<>(bundleContext, TelephonyGateway.class, null);
        tracker.open();
        TelephonyGateway first = tracker.waitForService(60_000);
        Set<String> placed = ConcurrentHashMap.newKeySet();
        first.listen(e -> {
            if (e.type() == CallEventType.RINGING) placed.add(e.callId());
        });
        assertEquals(201, api.post("/tenants/dial-rd/dialing/campaigns/spring/start?mode=progressive", null, admin).status());
        String ana = api.login("dial-rd.ana", PW);
        assertEquals(200, api.post("/tenants/dial-rd/dialing/desk/join?campaign=spring", null, ana).status());
        String liveCall = awaitDesk(ana, "dial-rd", "ON_CALL").get("callId").asText();

        Bundle simulator = null;
        for (Bundle b : bundleContext.getBundles()) {
            if ("io.bpohub.telephony.sim".equals(b.getSymbolicName())) simulator = b;
        }
        simulator.update(); // the live call is hung up by the network; its record is stored before the bundle goes
        assertTrue(placed.toString(), placed.contains(liveCall));
        // the call records as the operator exports them: the call id is the 10th column
        Set<String> recorded = new HashSet<>();
        for (String line : api.get("/tenants/dial-rd/exports/calls", admin).text().split("\r\n")) {
            String[] cells = line.split(",");
            if (cells.length > 9) recorded.add(cells[9]);
        }
        assertTrue("every call the first simulator placed has its record: placed " + placed + ", recorded " + recorded,
                recorded.containsAll(placed));
        // the campaign moved to the new simulator with its agent, who gets the next call
        JsonNode next = api.await("/tenants/dial-rd/dialing/desk", ana, r -> "ON_CALL".equals(r.json().get("state").asText())
                && !liveCall.equals(r.json().get("callId").asText()), Duration.ofSeconds(60)).json();
        assertTrue(next.toString(), !placed.contains(next.get("callId").asText()));
        tracker.close();
        assertEquals(204, api.post("/tenants/dial-rd/dialing/campaigns/spring/stop", null, admin).status());
    }
}
