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

/** A contact file imported through the REST API of the packaged distribution, with the hot-deployed import bundle. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContactImportIntegrationTest extends DistributionTestBase {
    @Test
    public void aFileIsUploadedImportedAsAJobAndItsRejectsAndTheDoNotCallListsApply() throws Exception {
        String agency = admin();
        onboard(agency, "imp-it", "IN_HOUSE");
        String admin = api.login("imp-it.admin", PW);
        Api.Reply campaign = api.post("/tenants/imp-it/campaigns/spring", "{\"name\":\"Spring\",\"kind\":\"OUTBOUND_SALES\","
                + "\"startDate\":\"2026-01-01\"}", admin);
        assertEquals(campaign.text(), 201, campaign.status());
        Api.Reply listed = api.post("/dnc/imp-it", "{\"number\":\"07400 123123\",\"source\":\"asked\"}", admin);
        assertEquals(listed.text(), 201, listed.status());
        assertEquals(201, api.post("/dnc/agency", "{\"number\":\"+44 7400 123124\"}", agency).status());

        String csv = "name,phone\nAlice,07400 123001\nBob,not a number\nAlice again,+447400123001\nTenant DNC,07400123123\n"
                + "Agency DNC,07400123124\n=SUM(A1),07400 123002\n";
        Api.Reply upload = api.upload("/tenants/imp-it/imports/uploads?fileName=leads.csv", csv.getBytes(StandardCharsets.UTF_8), admin);
        assertEquals(upload.text(), 201, upload.status());
        assertEquals("name", upload.json().get("preview").get("rows").get(0).get(0).asText());
        String uploadId = upload.json().get("id").asText();

        Api.Reply started = api.post("/tenants/imp-it/imports?campaign=spring", "{\"uploadId\":\"" + uploadId + "\",\"mapping\":{"
                + "\"headerRow\":true,\"columns\":[{\"header\":\"name\",\"field\":\"NAME\"},{\"header\":\"phone\",\"field\":\"PHONE\"}]},"
                + "\"saveMappingAs\":\"crm\"}", admin);
        assertEquals(started.text(), 202, started.status());
        String job = started.json().get("id").asText();
        JsonNode done = api.await("/jobs/" + job, admin, r -> r.status() == 200 && !"RUNNING".equals(r.json().get("state").asText()),
                Duration.ofSeconds(60)).json();
        assertEquals(done.toString(), "SUCCEEDED", done.get("state").asText());

        JsonNode summary = api.get("/tenants/imp-it/imports?campaign=spring", admin).json().get(0);
        assertEquals("COMPLETED", summary.get("state").asText());
        assertEquals(6, summary.get("rowsRead").asInt());
        assertEquals(2, summary.get("accepted").asInt());
        assertEquals(2, summary.get("rejectedByReason").get("DO_NOT_CALL").asInt());
        assertEquals("0.333333", summary.get("qualificationRate").asText());

        Api.Reply rejects = api.get("/tenants/imp-it/imports/" + summary.get("importId").asText() + "/rejects", admin);
        assertEquals(200, rejects.status());
        assertTrue(rejects.text(), rejects.text().contains("row,reason,detail,name,phone"));
        assertTrue(rejects.text(), rejects.text().contains("3,INVALID_NUMBER"));
        assertEquals("crm", api.get("/tenants/imp-it/imports/mappings", admin).json().get(0).get("name").asText());

        Api.Reply bad = api.post("/tenants/imp-it/imports?campaign=nope", "{\"uploadId\":\"" + uploadId + "\",\"mappingName\":\"crm\"}", admin);
        assertEquals(bad.text(), 404, bad.status());
        assertTrue(bad.contentType(), bad.contentType().contains("problem+json"));
    }
}
