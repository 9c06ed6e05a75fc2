package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** Business calendars and hybrid routing decisions through the packaged distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RoutingIntegrationTest extends DistributionTestBase {
    /** Monday 2026-03-02, 10:00 in Shanghai. */
    static final String MONDAY_10_SHANGHAI = "2026-03-02T02:00:00Z";
    /** Sunday 2026-03-01, 10:00 in Shanghai. */
    static final String SUNDAY_10_SHANGHAI = "2026-03-01T02:00:00Z";

    private String hybridTenant(String admin, String slug) {
        Api.Reply r = api.post("/tenants", "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + "\",\"timeZone\":\"Asia/Shanghai\","
                + "\"locale\":\"zh-CN\",\"currency\":\"CNY\",\"operatingMode\":\"HYBRID\"}", admin);
        assertEquals(r.text(), 201, r.status());
        return slug;
    }

    private JsonNode decide(String admin, String slug, String at) {
        Api.Reply r = api.get("/tenants/" + slug + "/routing/decision?at=" + at, admin);
        assertEquals(r.text(), 200, r.status());
        return r.json();
    }

    @Test
    public void hybridTenantIsInHouseInBusinessHoursAndAgencyOnRestDaysAndHolidays() throws Exception {
        String admin = admin();
        String slug = hybridTenant(admin, "route-hy");
        JsonNode open = decide(admin, slug, MONDAY_10_SHANGHAI);
        assertEquals(open.toString(), "IN_HOUSE", open.get("handler").asText());
        assertEquals("CALENDAR_OPEN", open.get("rule").asText());
        assertEquals("AGENCY", decide(admin, slug, SUNDAY_10_SHANGHAI).get("handler").asText());

        Api.Reply holiday = api.put("/calendars/" + slug + "/days",
                "[{\"date\":\"2026-03-02\",\"kind\":\"HOLIDAY\",\"name\":\"Company anniversary\",\"openHours\":[]}]", admin);
        assertEquals(holiday.text(), 200, holiday.status());
        JsonNode closed = decide(admin, slug, MONDAY_10_SHANGHAI);
        assertEquals("AGENCY", closed.get("handler").asText());
        assertEquals("HOLIDAY", closed.get("calendar").get("rule").asText());
        assertTrue(closed.get("explanation").asText(), closed.toString().contains("Company anniversary"));

        Api.Reply special = api.put("/calendars/" + slug + "/days", "[{\"date\":\"2026-03-01\",\"kind\":\"SPECIAL_WORKING_DAY\","
                + "\"name\":\"Make-up workday\",\"openHours\":[{\"start\":\"09:00\",\"end\":\"18:00\"}]}]", admin);
        assertEquals(special.text(), 200, special.status());
        assertEquals("IN_HOUSE", decide(admin, slug, SUNDAY_10_SHANGHAI).get("handler").asText());
    }

    @Test
    public void emergencyClosureSendsWorkToTheAgencyUntilCleared() throws Exception {
        String admin = admin();
        String slug = hybridTenant(admin, "route-em");
        Api.Reply set = api.put("/calendars/" + slug + "/emergency", "{\"mode\":\"CLOSED_NOW\",\"reason\":\"typhoon warning\"}", admin);
        assertEquals(set.text(), 200, set.status());
        JsonNode now = api.get("/tenants/" + slug + "/routing/decision", admin).json();
        assertEquals("AGENCY", now.get("handler").asText());
        assertEquals("EMERGENCY", now.get("calendar").get("rule").asText());
        assertEquals(200, api.delete("/calendars/" + slug + "/emergency", admin).status());
        JsonNode after = api.get("/tenants/" + slug + "/routing/decision", admin).json();
        assertTrue(after.toString(), !"EMERGENCY".equals(after.get("calendar").get("rule").asText()));
    }

    @Test
    public void overflowAndCampaignOverridesAreApplied() throws Exception {
        String admin = admin();
        String slug = hybridTenant(admin, "route-ov");
        assertEquals(200, api.put("/tenants/" + slug + "/routing/policy",
                "{\"mode\":\"HYBRID\",\"overflowAfterSeconds\":20,\"overflowWhenInHouseBusy\":true,\"temporaryProject\":false}", admin).status());
        assertEquals("OVERFLOW_WAIT", api.get("/tenants/" + slug + "/routing/decision?at=" + MONDAY_10_SHANGHAI + "&waitedSeconds=25", admin)
                .json().get("rule").asText());
        assertEquals("OVERFLOW_BUSY", api.get("/tenants/" + slug + "/routing/decision?at=" + MONDAY_10_SHANGHAI + "&inHouseAvailable=false", admin)
                .json().get("rule").asText());
        assertEquals(200, api.put("/tenants/" + slug + "/routing/policy?campaign=survey-q1",
                "{\"mode\":\"OUTSOURCED\",\"overflowWhenInHouseBusy\":false,\"temporaryProject\":true}", admin).status());
        JsonNode survey = api.get("/tenants/" + slug + "/routing/decision?campaign=survey-q1&at=" + MONDAY_10_SHANGHAI, admin).json();
        assertEquals("AGENCY", survey.get("handler").asText());
        assertEquals("TEMPORARY_PROJECT", survey.get("rule").asText());
    }

    @Test
    public void weekTimelineCoversTheWeekWithoutGaps() throws Exception {
        String admin = admin();
        String slug = hybridTenant(admin, "route-wk");
        Api.Reply week = api.get("/tenants/" + slug + "/routing/week?start=2026-03-02", admin);
        assertEquals(week.text(), 200, week.status());
        JsonNode spans = week.json();
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), Instant.parse(spans.get(0).get("from").asText()));
        assertEquals(Instant.parse("2026-03-08T16:00:00Z"), Instant.parse(spans.get(spans.size() - 1).get("to").asText()));
        int inHouse = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0) assertEquals(spans.get(i - 1).get("to").asText(), spans.get(i).get("from").asText());
            if ("IN_HOUSE".equals(spans.get(i).get("handler").asText())) inHouse++;
        }
        assertEquals("five working days, in-house 09:00-18:00 each", 5, inHouse);
    }

    @Test
    public void icsImportAddsHolidaysKeepingTheirSource() throws Exception {
        String admin = admin();
        String slug = hybridTenant(admin, "route-ics");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:1@test\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART;VALUE=DATE:20260406\r\nDTEND;VALUE=DATE:20260407\r\nSUMMARY:Qingming Festival\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/v1/calendars/" + slug + "/import/ics?fileName=cn-2026.ics"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/calendar")
                .POST(HttpRequest.BodyPublishers.ofString(ics)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(r.body(), 200, r.statusCode());
        JsonNode days = api.get("/calendars/" + slug, admin).json().get("days");
        assertEquals("2026-04-06", days.get(0).get("date").asText());
        assertEquals("ics:cn-2026.ics", days.get(0).get("source").asText());
        Api.Reply bad = api.post("/calendars/" + slug + "/import/ics", "not a calendar", admin);
        assertTrue(bad.text(), bad.status() == 400 || bad.status() == 415);
    }

    @Test
    public void redeployingTheRoutingBundleDropsNoDecision() throws Exception {
        String admin = admin();
        String slug = hybridTenant(admin, "route-hot");
        Bundle routing = null;
        for (Bundle b : bundleContext.getBundles()) {
            if ("io.bpohub.routing.hybrid".equals(b.getSymbolicName())) routing = b;
        }
        assertTrue("the routing bundle is deployed", routing != null);
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger decisions = new AtomicInteger();
        Thread caller = new Thread(() -> {
            while (running.get()) {
                Api.Reply r = api.get("/tenants/" + slug + "/routing/decision?at=" + MONDAY_10_SHANGHAI, admin);
                if (r.status() != 200 || !"IN_HOUSE".equals(r.json().get("handler").asText())) failures.add(r.status() + " " + r.text());
                decisions.incrementAndGet();
            }
        });
        caller.start();
        for (int i = 0; i < 3; i++) {
            routing.update();
            awaitMoreDecisions(decisions, 3);
        }
        routing.stop();
        Thread.sleep(500); // calls arriving while the bundle is away must wait, not fail
        routing.start();
        awaitMoreDecisions(decisions, 3);
        running.set(false);
        caller.join(30_000);
        assertEquals("decisions that failed during redeploys", List.of(), failures);
        assertTrue("decisions were made throughout: " + decisions.get(), decisions.get() >= 12);
    }

    private static void awaitMoreDecisions(AtomicInteger decisions, int more) throws InterruptedException {
        int target = decisions.get() + more;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (decisions.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(50); // the caller thread is making decisions meanwhile
        }
        assertTrue("decisions kept coming after the redeploy", decisions.get() >= target);
    }

    @Test
    public void publicHolidaysComeFromTheLibraryWithChinasMakeUpWorkdays() throws Exception {
        String admin = admin();
        String slug = hybridTenant(admin, "route-cn");
        Api.Reply imported = api.post("/calendars/" + slug + "/import/holidays", "{\"country\":\"CN\",\"year\":2026}", admin);
        assertEquals(imported.text(), 200, imported.status());
        JsonNode makeUp = null;
        for (JsonNode d : imported.json().get("days")) {
            if ("2026-02-14".equals(d.get("date").asText())) makeUp = d;
        }
        assertEquals("SPECIAL_WORKING_DAY", makeUp.get("kind").asText());
        assertEquals("holidays:CN", makeUp.get("source").asText());
        // Saturday 2026-02-14 10:00 in Shanghai is a make-up working day: in-house
        assertEquals("IN_HOUSE", decide(admin, slug, "2026-02-14T02:00:00Z").get("handler").asText());
        // Tuesday 2026-02-17 10:00 is Spring Festival: the agency
        assertEquals("AGENCY", decide(admin, slug, "2026-02-17T02:00:00Z").get("handler").asText());
        Api.Reply unknown = api.post("/calendars/" + slug + "/import/holidays", "{\"country\":\"ZZ\",\"year\":2026}", admin);
        assertEquals(unknown.text(), 400, unknown.status());
        assertEquals("country", unknown.json().get("field").asText());
    }
}
