package io.bpohub.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.AssignmentLevel;
import io.bpohub.platform.services.AssignmentRequest;
import io.bpohub.platform.services.AssignmentResult;
import io.bpohub.platform.services.AssignmentService;
import io.bpohub.platform.services.CallOutcome;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.CallbackView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.ContactCard;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.NewCallback;
import io.bpohub.platform.services.Offer;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.WorkflowEvent;
import io.bpohub.platform.services.WorkflowService;
import io.bpohub.platform.services.WorkflowStage;
import io.bpohub.platform.services.WorkflowState;
import io.bpohub.rest.resources.AssignmentResource;
import io.bpohub.rest.resources.BillingResource;
import io.bpohub.rest.resources.CampaignResource;
import io.bpohub.rest.resources.ContactResource;
import io.bpohub.rest.resources.TenantResource;
import io.bpohub.rest.resources.WorkflowResource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.apache.cxf.jaxrs.impl.MetadataMap;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.jaxrs.utils.ResourceUtils;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.Test;

/**
 * The campaign, workflow and assignment resources: CXF's own root and method matching sends each path to
 * them (not to TenantResource's /tenants/{slug}/...), and each method passes the caller and its arguments on.
 */
public class CampaignWorkflowResourcesTest {
    private final List<String> calls = new ArrayList<>();
    private final SecurityContext sc = new CallerContext(new TestCaller("acme.admin"), true);

    static final CampaignView SPRING = new CampaignView("spring", "Spring offer", CampaignKind.OUTBOUND_SALES, CampaignState.ACTIVE,
            null, LocalDate.of(2026, 3, 1), null, List.of(), List.of(), List.of(), null, null, null, false, Instant.EPOCH, "acme.admin",
            Instant.EPOCH, "acme.admin");
    static final WorkflowState STATE = new WorkflowState(42, "spring", WorkflowStage.FOLLOW_UP, IntentClass.INTERESTED, LeadGrade.B,
            1, 0, Instant.EPOCH, "2", CallResult.REACHED, Instant.EPOCH.plusSeconds(3600), null);
    static final CallbackView CALLBACK = new CallbackView(7, 42, "Li Wei", "spring", "ana", 12L, Instant.EPOCH, null, false, null,
            Instant.EPOCH, "ana", null, null, null);

    // --- routing, with CXF's matcher over every resource that lives under /tenants

    private static final List<Class<?>> UNDER_TENANTS = List.of(TenantResource.class, BillingResource.class, ContactResource.class,
            CampaignResource.class, WorkflowResource.class, AssignmentResource.class);

    private static String route(String httpMethod, String path) {
        List<ClassResourceInfo> roots = UNDER_TENANTS.stream().map(c -> ResourceUtils.createClassResourceInfo(c, c, true, true))
                .collect(Collectors.toList());
        Message message = new MessageImpl();
        ExchangeImpl exchange = new ExchangeImpl();
        // CXF asks the endpoint for optional settings; one that has none answers null to everything
        exchange.put(org.apache.cxf.endpoint.Endpoint.class, (org.apache.cxf.endpoint.Endpoint) java.lang.reflect.Proxy.newProxyInstance(
                CampaignWorkflowResourcesTest.class.getClassLoader(), new Class<?>[] {org.apache.cxf.endpoint.Endpoint.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? Boolean.FALSE : null));
        message.setExchange(exchange);
        message.put(Message.HTTP_REQUEST_METHOD, httpMethod);
        Map<ClassResourceInfo, MultivaluedMap<String, String>> matched = JAXRSUtils.selectResourceClass(roots, path, message);
        if (matched == null || matched.isEmpty()) return "no root for " + path;
        MultivaluedMap<String, String> values = new MetadataMap<>();
        OperationResourceInfo op = JAXRSUtils.findTargetMethod(matched, message, httpMethod, values, MediaType.APPLICATION_JSON,
                List.of(MediaType.APPLICATION_JSON_TYPE));
        return op.getClassResourceInfo().getServiceClass().getSimpleName() + "." + op.getMethodToInvoke().getName();
    }

    @Test
    public void eachPathReachesItsResourceMethodAndTenantPathsStayWithTenantResource() {
        assertEquals("CampaignResource.list", route("GET", "/tenants/acme/campaigns"));
        assertEquals("CampaignResource.get", route("GET", "/tenants/acme/campaigns/spring"));
        assertEquals("CampaignResource.create", route("POST", "/tenants/acme/campaigns/spring"));
        assertEquals("CampaignResource.update", route("PUT", "/tenants/acme/campaigns/spring"));
        assertEquals("CampaignResource.pause", route("POST", "/tenants/acme/campaigns/spring/pause"));
        assertEquals("CampaignResource.resume", route("POST", "/tenants/acme/campaigns/spring/resume"));
        assertEquals("CampaignResource.close", route("POST", "/tenants/acme/campaigns/spring/close"));
        assertEquals("WorkflowResource.recordOutcome", route("POST", "/tenants/acme/workflow/contacts/42/outcomes"));
        assertEquals("WorkflowResource.setLeadGrade", route("PUT", "/tenants/acme/workflow/contacts/42/grade"));
        assertEquals("WorkflowResource.card", route("GET", "/tenants/acme/workflow/contacts/42/card"));
        assertEquals("WorkflowResource.history", route("GET", "/tenants/acme/workflow/contacts/42/history"));
        assertEquals("WorkflowResource.callbacks", route("GET", "/tenants/acme/workflow/contacts/42/callbacks"));
        assertEquals("WorkflowResource.bookCallback", route("POST", "/tenants/acme/workflow/contacts/42/callbacks"));
        assertEquals("WorkflowResource.dueCallbacks", route("GET", "/tenants/acme/workflow/callbacks/due"));
        assertEquals("WorkflowResource.take", route("POST", "/tenants/acme/workflow/callbacks/7/take"));
        assertEquals("WorkflowResource.complete", route("POST", "/tenants/acme/workflow/callbacks/7/complete"));
        assertEquals("AssignmentResource.assign", route("POST", "/tenants/acme/assignments"));
        assertEquals("AssignmentResource.reassignAgent", route("POST", "/tenants/acme/assignments/agents/ana/reassign"));
        // the neighbours keep theirs
        assertEquals("TenantResource.get", route("GET", "/tenants/acme"));
        assertEquals("TenantResource.resume", route("POST", "/tenants/acme/resume"));
        assertEquals("ContactResource.list", route("GET", "/tenants/acme/contacts"));
        assertEquals("BillingResource.terms", route("GET", "/tenants/acme/billing/terms"));
    }

    // --- what each method passes on

    @Test
    public void campaignCreateAnswers201WithItsLocationAndTheOtherCallsPassThrough() {
        CampaignResource r = new CampaignResource(new Campaigns());
        CampaignSpec spec = new CampaignSpec("Spring offer", CampaignKind.OUTBOUND_SALES, null, LocalDate.of(2026, 3, 1), null, null,
                null, null, null, null, null);

        Response created = r.create(sc, "acme", "spring", spec);

        assertEquals(201, created.getStatus());
        assertEquals("/api/v1/tenants/acme/campaigns/spring", created.getLocation().toString());
        assertEquals(SPRING, created.getEntity());
        assertEquals(SPRING, r.update(sc, "acme", "spring", spec));
        r.pause(sc, "acme", "spring");
        r.resume(sc, "acme", "spring");
        r.close(sc, "acme", "spring");
        r.get(sc, "acme", "spring");
        r.list(sc, "acme", "paused", 2, 10);
        r.list(sc, "acme", null, 0, 50);
        assertEquals(List.of("create acme.admin acme spring Spring offer", "update acme.admin acme spring Spring offer",
                "pause acme.admin acme spring", "resume acme.admin acme spring", "close acme.admin acme spring",
                "get acme.admin acme spring", "list acme.admin acme PAUSED 2 10", "list acme.admin acme null 0 50"), calls);
    }

    @Test
    public void anUnknownCampaignStateIsA400NamingTheFieldBeforeTheServiceIsCalled() {
        PlatformException e = assertThrows(PlatformException.class,
                () -> new CampaignResource(new Campaigns()).list(sc, "acme", "running", 0, 50));
        assertEquals(PlatformException.Kind.INVALID_INPUT, e.kind());
        assertEquals("state", e.field());
        assertTrue(calls.isEmpty());
    }

    @Test
    public void workflowCallsPassTheContactCallbackAndBodyOn() {
        WorkflowResource r = new WorkflowResource(new Workflow());
        CallOutcome outcome = new CallOutcome("2", "cdr-9", null, "wants a brochure");

        assertEquals(STATE, r.recordOutcome(sc, "acme", 42, outcome));
        assertEquals(STATE, r.setLeadGrade(sc, "acme", 42, new WorkflowResource.GradeChange(LeadGrade.A, "closes this week")));
        r.setLeadGrade(sc, "acme", 42, null);
        Response booked = r.bookCallback(sc, "acme", 42, new NewCallback(Instant.parse("2026-03-02T02:00:00Z"), "ana", "after lunch"));
        assertEquals(201, booked.getStatus());
        assertEquals(CALLBACK, booked.getEntity());
        r.dueCallbacks(sc, "acme", "2026-03-02T02:05:00Z");
        r.dueCallbacks(sc, "acme", null);
        r.take(sc, "acme", 7);
        r.complete(sc, "acme", 7);
        r.callbacks(sc, "acme", 42);
        r.history(sc, "acme", 42);
        r.card(sc, "acme", 42);
        assertEquals(List.of("recordOutcome acme.admin acme 42 2 cdr-9", "setLeadGrade acme.admin acme 42 A closes this week",
                "setLeadGrade acme.admin acme 42 null null", "bookCallback acme.admin acme 42 2026-03-02T02:00:00Z ana",
                "dueCallbacks acme.admin acme 2026-03-02T02:05:00Z", "dueCallbacks acme.admin acme null",
                "takeCallback acme.admin acme 7", "completeCallback acme.admin acme 7", "callbacks acme.admin acme 42",
                "history acme.admin acme 42", "card acme.admin acme 42"), calls);
    }

    @Test
    public void aBadAsOfIsA400NamingTheField() {
        PlatformException e = assertThrows(PlatformException.class,
                () -> new WorkflowResource(new Workflow()).dueCallbacks(sc, "acme", "tomorrow"));
        assertEquals("asOf", e.field());
        assertTrue(calls.isEmpty());
    }

    @Test
    public void assignmentsPassTheRequestAndTheEvenlyFlagOn() {
        AssignmentResource r = new AssignmentResource(new Assignments());
        AssignmentRequest request = new AssignmentRequest("spring", AssignmentLevel.TEAM, List.of("12", "13"), 10, null, null, null,
                null, "Cebu");

        assertEquals(10, r.assign(sc, "acme", request).assigned());
        r.reassignAgent(sc, "acme", "ana", new AssignmentResource.Reassignment(true));
        r.reassignAgent(sc, "acme", "ben", null);
        assertEquals(List.of("assign acme.admin acme spring TEAM [12, 13] 10 Cebu", "reassignAgent acme.admin acme ana true",
                "reassignAgent acme.admin acme ben false"), calls);
    }

    @Test
    public void aCampaignDefinitionReadsFromJsonAsTheApiReadsIt() throws Exception {
        String json = "{\"name\": \"Spring offer\", \"kind\": \"OUTBOUND_SALES\", \"startDate\": \"2026-03-01\", \"endDate\": \"2026-05-31\","
                + " \"offer\": {\"product\": \"Water purifier\", \"pricePoints\": [\"1999.00\", 2499.5], \"currency\": \"CNY\"},"
                + " \"windows\": [{\"start\": \"09:00\", \"end\": \"12:00\"}, {\"start\": \"14:00\", \"end\": \"18:00\"}],"
                + " \"teamIds\": [12, 13], \"dispositions\": [{\"key\": \"1\", \"label\": \"Buy now\", \"result\": \"REACHED\","
                + " \"intentClass\": \"BUY_NOW\"}], \"scriptKey\": \"spring-offer\", \"operatingMode\": \"HYBRID\"}";

        CampaignSpec spec = ApiServer.json().readValue(json, CampaignSpec.class);

        assertEquals(List.of(new DialingWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)), new DialingWindow(LocalTime.of(14, 0),
                LocalTime.of(18, 0))), spec.windows());
        assertEquals(new Offer("Water purifier", List.of(new BigDecimal("1999.00"), new BigDecimal("2499.5")), "CNY", null), spec.offer());
        assertEquals(List.of(new Disposition("1", "Buy now", CallResult.REACHED, IntentClass.BUY_NOW, null)), spec.dispositions());
        assertEquals(List.of(12L, 13L), spec.teamIds());
        assertNull("left out: the defaults of decision 0013", spec.cadence());
        assertFalse(ApiServer.json().writeValueAsString(SPRING).contains("\"startDate\":[")); // dates as text, not arrays
    }

    // --- fakes

    record TestCaller(String username) implements Caller {
        public Role role() { return Role.TENANT_ADMIN; }
        public String tenantSlug() { return "acme"; }
        public Long departmentId() { return null; }
        public Long teamId() { return null; }
        public DataScope dataScope() { return DataScope.TENANT; }
        public boolean isPermitted(String permission) { return true; }
        public String origin() { return "127.0.0.1"; }
    }

    private void call(String what, Caller c, Object... args) {
        StringBuilder b = new StringBuilder(what).append(' ').append(c.username());
        for (Object a : args) b.append(' ').append(a);
        calls.add(b.toString());
    }

    class Campaigns implements CampaignService {
        public CampaignView create(Caller c, String t, String k, CampaignSpec s) { call("create", c, t, k, s.name()); return SPRING; }
        public CampaignView update(Caller c, String t, String k, CampaignSpec s) { call("update", c, t, k, s.name()); return SPRING; }
        public CampaignView pause(Caller c, String t, String k) { call("pause", c, t, k); return SPRING; }
        public CampaignView resume(Caller c, String t, String k) { call("resume", c, t, k); return SPRING; }
        public CampaignView close(Caller c, String t, String k) { call("close", c, t, k); return SPRING; }
        public CampaignView get(Caller c, String t, String k) { call("get", c, t, k); return SPRING; }
        public Page<CampaignView> list(Caller c, String t, CampaignState s, int page, int size) {
            call("list", c, t, s, page, size);
            return new Page<>(List.of(SPRING), page, size, 1);
        }
    }

    class Workflow implements WorkflowService {
        public WorkflowState recordOutcome(Caller c, String t, long id, CallOutcome o) {
            call("recordOutcome", c, t, id, o.dispositionKey(), o.callRef());
            return STATE;
        }
        public WorkflowState setLeadGrade(Caller c, String t, long id, LeadGrade g, String note) {
            call("setLeadGrade", c, t, id, g, note);
            return STATE;
        }
        public CallbackView bookCallback(Caller c, String t, long id, NewCallback cb) {
            call("bookCallback", c, t, id, cb.dueAt(), cb.agentUsername());
            return CALLBACK;
        }
        public List<CallbackView> dueCallbacks(Caller c, String t, Instant asOf) { call("dueCallbacks", c, t, asOf); return List.of(CALLBACK); }
        public CallbackView takeCallback(Caller c, String t, long id) { call("takeCallback", c, t, id); return CALLBACK; }
        public CallbackView completeCallback(Caller c, String t, long id) { call("completeCallback", c, t, id); return CALLBACK; }
        public List<CallbackView> callbacks(Caller c, String t, long id) { call("callbacks", c, t, id); return List.of(); }
        public List<WorkflowEvent> history(Caller c, String t, long id) { call("history", c, t, id); return List.of(); }
        public ContactCard card(Caller c, String t, long id) { call("card", c, t, id); return null; }
    }

    class Assignments implements AssignmentService {
        public AssignmentResult assign(Caller c, String t, AssignmentRequest r) {
            call("assign", c, t, r.campaignKey(), r.level(), r.targets(), r.count(), r.city());
            Map<String, Integer> per = new LinkedHashMap<>();
            r.targets().forEach(x -> per.put(x, 5));
            return new AssignmentResult(10, per);
        }
        public AssignmentResult reassignAgent(Caller c, String t, String agent, boolean evenly) {
            call("reassignAgent", c, t, agent, evenly);
            return new AssignmentResult(0, Map.of());
        }
    }
}
