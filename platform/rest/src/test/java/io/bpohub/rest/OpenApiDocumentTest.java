package io.bpohub.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bpohub.rest.resources.AdminResource;
import io.bpohub.rest.resources.AuditResource;
import io.bpohub.rest.resources.AuthResource;
import io.bpohub.rest.resources.BillingResource;
import io.bpohub.rest.resources.RatePlanResource;
import io.bpohub.rest.resources.CalendarResource;
import io.bpohub.rest.resources.RoutingResource;
import io.bpohub.rest.resources.ContactResource;
import io.bpohub.rest.resources.HealthResource;
import io.bpohub.rest.resources.MeResource;
import io.bpohub.rest.resources.OpenApiResource;
import io.bpohub.rest.resources.OrgResource;
import io.bpohub.rest.resources.TenantResource;
import java.io.InputStream;
import java.nio.file.Files;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.PUT;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.junit.Test;

/** The served OpenAPI document describes every operation the resources really offer. */
public class OpenApiDocumentTest {
    private static final List<Class<?>> RESOURCES = List.of(AuthResource.class, MeResource.class, TenantResource.class,
            ContactResource.class, OrgResource.class, AuditResource.class, AdminResource.class, HealthResource.class,
            CalendarResource.class, RoutingResource.class, BillingResource.class, RatePlanResource.class,
            io.bpohub.rest.resources.ScriptResource.class, io.bpohub.rest.resources.OrderResource.class,
            io.bpohub.rest.resources.ComplaintResource.class, io.bpohub.rest.resources.MaterialRequestResource.class,
            io.bpohub.rest.resources.BulletinResource.class, io.bpohub.rest.resources.CampaignResource.class,
            io.bpohub.rest.resources.WorkflowResource.class, io.bpohub.rest.resources.AssignmentResource.class,
            io.bpohub.rest.resources.CostTableResource.class, io.bpohub.rest.resources.InvoiceRegisterResource.class,
            io.bpohub.rest.resources.JobResource.class, io.bpohub.rest.resources.LabourRateResource.class,
            io.bpohub.rest.resources.ExportResource.class, io.bpohub.rest.resources.ImportResource.class,
            io.bpohub.rest.resources.DncResource.class, io.bpohub.rest.resources.DialingResource.class,
            io.bpohub.rest.resources.InboundResource.class);

    @Test
    public void everyResourceMethodIsInTheDocumentWithItsHttpMethod() throws Exception {
        JsonNode doc;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull("openapi.json is generated into the bundle", in);
            doc = ApiServer.json().readTree(in);
        }
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                String http = m.isAnnotationPresent(GET.class) ? "get" : m.isAnnotationPresent(POST.class) ? "post"
                        : m.isAnnotationPresent(DELETE.class) ? "delete" : m.isAnnotationPresent(PUT.class) ? "put" : null;
                if (http == null) continue;
                operations++;
                Path sub = m.getAnnotation(Path.class);
                String path = ("/" + base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                if (doc.path("paths").path(path).path(http).isMissingNode()) missing.add(http.toUpperCase() + " " + path);
            }
        }
        assertEquals("operations missing from openapi.json", List.of(), missing);
        assertTrue("found the resource methods", operations >= 20);
    }

    @Test
    public void documentDeclaresBearerAuthentication() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            JsonNode doc = ApiServer.json().readTree(in);
            assertEquals("bearer", doc.path("components").path("securitySchemes").path("bearer").path("scheme").asText());
        }
    }

    @Test
    public void docsCopyOfTheDocumentIsCurrent() throws Exception {
        java.nio.file.Path docs = java.nio.file.Path.of("../../docs/openapi.json");
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertTrue("docs/openapi.json is stale: cp platform/rest/target/classes/io/bpohub/rest/openapi.json docs/openapi.json",
                    ApiServer.json().readTree(in).equals(ApiServer.json().readTree(Files.readString(docs))));
        }
    }
}
