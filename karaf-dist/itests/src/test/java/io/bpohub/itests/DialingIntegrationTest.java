package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    @Test
    public void anAgentTakesADialledCallWithTheContactOnScreenAndItsRecordIsStored() throws Exception {
        String agency = admin();
        onboard(agency, "dial-it", "IN_HOUSE");
        String admin = api.login("dial-it.admin", PW);
        long dept = api.post("/orgs/dial-it/units", "{\"kind\":\"DEPARTMENT\",\"name\":\"Sales\"}", admin).json().get("id").asLong();
        long team = api.post("/orgs/dial-it/units", "{\"kind\":\"TEAM\",\"name\":\"North\",\"parentId\":" + dept + "}", admin).json().get("id").asLong();
        Api.Reply user = api.post("/orgs/dial-it/users", "{\"username\":\"dial-it.ana\",\"displayName\":\"Ana\",\"password\":\"" + PW
                + "\",\"role\":\"AGENT\",\"unitId\":" + team + "}", admin);
        assertEquals(user.text(), 201, user.status());
        Api.Reply campaign = api.post("/tenants/dial-it/campaigns/spring", "{\"name\":\"Spring\",\"kind\":\"OUTBOUND_SALES\","
                + "\"startDate\":\"2026-01-01\",\"windows\":[{\"start\":\"00:00\",\"end\":\"23:59\"}],\"teamIds\":[" + team + "]}", admin);
        assertEquals(campaign.text(), 201, campaign.status());
        String csv = "name,phone\nAlice,07400 123001\nBob,07400 123002\n";
        String upload = api.upload("/tenants/dial-it/imports/uploads?fileName=leads.csv", csv.getBytes(StandardCharsets.UTF_8), admin)
                .json().get("id").asText();
        String job = api.post("/tenants/dial-it/imports?campaign=spring", "{\"uploadId\":\"" + upload + "\",\"mapping\":{\"headerRow\":true,"
                + "\"columns\":[{\"header\":\"name\",\"field\":\"NAME\"},{\"header\":\"phone\",\"field\":\"PHONE\"}]}}", admin).json().get("id").asText();
        api.await("/jobs/" + job, admin, r -> "SUCCEEDED".equals(r.json().get("state").asText()), Duration.ofSeconds(60));

        Api.Reply started = api.post("/tenants/dial-it/dialing/campaigns/spring/start?mode=progressive", null, admin);
        assertEquals(started.text(), 201, started.status());
        String ana = api.login("dial-it.ana", PW);
        Api.Reply joined = api.post("/tenants/dial-it/dialing/desk/join?campaign=spring", null, ana);
        assertEquals(joined.text(), 200, joined.status());

        JsonNode onCall = api.await("/tenants/dial-it/dialing/desk", ana, r -> "ON_CALL".equals(r.json().get("state").asText()),
                Duration.ofSeconds(60)).json();
        long contact = onCall.get("contactId").asLong();
        JsonNode card = api.get("/tenants/dial-it/workflow/contacts/" + contact + "/card", ana).json();
        assertTrue("the screen pop is one of the campaign's contacts: " + card, card.toString().contains("+447400123")
                || card.toString().contains("07400 12300"));
        JsonNode board = api.get("/tenants/dial-it/dialing/board", admin).json().get(0);
        assertEquals("spring", board.get("campaignKey").asText());
        assertEquals("ON_CALL", board.get("agents").get(0).get("state").asText());

        // the simulated customer hangs up after a few seconds of talk: wrap-up with the contact still on screen
        JsonNode wrapUp = api.await("/tenants/dial-it/dialing/desk", ana, r -> "WRAP_UP".equals(r.json().get("state").asText()),
                Duration.ofSeconds(60)).json();
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
        assertEquals(204, api.post("/tenants/dial-it/dialing/campaigns/spring/stop", null, admin).status());
        assertEquals(0, api.get("/tenants/dial-it/dialing/board", admin).json().size());
    }
}
