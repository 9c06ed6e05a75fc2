package io.bpohub.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Rating calls into charges through the packaged distribution, with the billing bundle deployed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BillingIntegrationTest extends DistributionTestBase {
    static final String PLAN = "{\"id\":\"it-plan\",\"currency\":\"CNY\",\"scale\":2,\"rounding\":\"HALF_UP\",\"zone\":\"Asia/Shanghai\","
            + "\"agencyOnly\":true,\"versions\":[{\"version\":1,\"effectiveFrom\":\"2026-01-01\",\"increments\":{\"firstSeconds\":60,"
            + "\"nextSeconds\":60},\"connectionFee\":0.05,\"bands\":[],\"destinations\":[{\"prefix\":\"8613\",\"name\":\"China mobile\","
            + "\"perMinute\":0.20,\"bandPerMinute\":{}}],\"messagePerPart\":{}}]}";

    @Test
    public void callsAreRatedExactlyAndReRatingWritesNothingAndClientManagersSeeOnlyTheirOwnCharges() throws Exception {
        String admin = admin();
        onboard(admin, "bill-a", "HYBRID");
        onboard(admin, "bill-b", "HYBRID");
        Api.Reply plan = api.put("/rate-plans/it-plan", PLAN, admin);
        assertEquals(plan.text(), 200, plan.status());
        assertEquals(204, api.put("/tenants/bill-a/billing/rate-plan", "{\"planId\":\"it-plan\"}", admin).status());
        Api.Reply calls = api.post("/tenants/bill-a/billing/calls", "["
                + "{\"startedAt\":\"2026-11-02T02:00:00Z\",\"talkSeconds\":61,\"destination\":\"+8613800138001\",\"handler\":\"AGENCY\"},"
                + "{\"startedAt\":\"2026-11-02T03:00:00Z\",\"talkSeconds\":120,\"destination\":\"+8613800138002\",\"handler\":\"AGENCY\"},"
                + "{\"startedAt\":\"2026-11-03T03:00:00Z\",\"talkSeconds\":300,\"destination\":\"+8613800138003\",\"handler\":\"IN_HOUSE\"}]", admin);
        assertEquals(calls.text(), 201, calls.status());

        JsonNode first = api.post("/tenants/bill-a/billing/rating/2026-11", null, admin).json();
        assertEquals(first.toString(), 3, first.get("inserted").asInt());
        assertEquals("0.90", first.get("total").asText());
        JsonNode again = api.post("/tenants/bill-a/billing/rating/2026-11", null, admin).json();
        assertEquals(0, again.get("inserted").asInt() + again.get("updated").asInt());
        assertEquals("0.90", again.get("total").asText());

        api.post("/orgs/bill-a/users", "{\"username\":\"bill-a.manager\",\"displayName\":\"M\",\"password\":\"" + PW
                + "\",\"role\":\"CLIENT_MANAGER\"}", admin);
        String manager = api.login("bill-a.manager", PW);
        assertEquals(200, api.get("/tenants/bill-a/billing/charges/2026-11/summary", manager).status());
        assertEquals(403, api.get("/tenants/bill-b/billing/charges/2026-11/summary", manager).status());
        assertEquals("client managers are read-only", 403, api.post("/tenants/bill-a/billing/rating/2026-11", null, manager).status());

        assertEquals(204, api.post("/tenants/bill-a/billing/periods/2026-11/close", null, admin).status());
        Api.Reply locked = api.post("/tenants/bill-a/billing/rating/2026-11", null, admin);
        assertEquals(409, locked.status());
        assertEquals("period", locked.json().get("field").asText());
    }
}
