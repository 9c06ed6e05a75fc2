package io.bpohub.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import io.bpohub.platform.services.AuditService;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.MarginService;
import io.bpohub.platform.services.ExportService;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.DoNotCallService;
import io.bpohub.platform.services.DialingService;
import io.bpohub.platform.services.InboundService;
import io.bpohub.platform.services.BulletinService;
import io.bpohub.platform.services.AssignmentService;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.WorkflowService;
import io.bpohub.platform.services.ComplaintService;
import io.bpohub.platform.services.MaterialRequestService;
import io.bpohub.platform.services.OrderService;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.CalendarService;
import io.bpohub.platform.services.RoutingPolicyService;
import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.ChannelDirectory;
import io.bpohub.platform.services.ContactService;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformHealth;
import io.bpohub.platform.services.TenantService;
import io.bpohub.rest.resources.AdminResource;
import io.bpohub.rest.resources.DncResource;
import io.bpohub.rest.resources.DialingResource;
import io.bpohub.rest.resources.InboundResource;
import io.bpohub.rest.resources.ImportResource;
import io.bpohub.rest.resources.AuditResource;
import io.bpohub.rest.resources.AuthResource;
import io.bpohub.rest.resources.BillingResource;
import io.bpohub.rest.resources.RatePlanResource;
import io.bpohub.rest.resources.CostTableResource;
import io.bpohub.rest.resources.InvoiceRegisterResource;
import io.bpohub.rest.resources.JobResource;
import io.bpohub.rest.resources.LabourRateResource;
import io.bpohub.rest.resources.ExportResource;
import io.bpohub.rest.resources.CalendarResource;
import io.bpohub.rest.resources.RoutingResource;
import io.bpohub.rest.resources.ContactResource;
import io.bpohub.rest.resources.HealthResource;
import io.bpohub.rest.resources.MeResource;
import io.bpohub.rest.resources.OpenApiResource;
import io.bpohub.rest.resources.OrgResource;
import io.bpohub.rest.resources.TenantResource;
import io.bpohub.rest.resources.BulletinResource;
import io.bpohub.rest.resources.AssignmentResource;
import io.bpohub.rest.resources.CampaignResource;
import io.bpohub.rest.resources.WorkflowResource;
import io.bpohub.rest.resources.ComplaintResource;
import io.bpohub.rest.resources.MaterialRequestResource;
import io.bpohub.rest.resources.OrderResource;
import io.bpohub.rest.resources.ScriptResource;
import java.util.List;
import javax.ws.rs.core.MediaType;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the REST API at /api/v1 (CXF's servlet is mounted at /api by etc/org.apache.cxf.osgi.cfg)
 * once the core services are there, and withdraws it when they go.
 */
@Component(immediate = true)
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final String ADDRESS = "/v1";

    @Reference private AuthService auth;
    @Reference private AuditService audit;
    @Reference private TenantService tenants;
    @Reference private OrgService org;
    @Reference private ContactService contacts;
    @Reference private ChannelDirectory channels;
    @Reference private PlatformHealth health;
    @Reference private CalendarService calendars;
    @Reference private RoutingPolicyService routingPolicies;
    @Reference private BillingService billing;
    @Reference private MarginService margins;
    @Reference private ExportService exports;
    @Reference private ContactImportService imports;
    @Reference private DoNotCallService doNotCall;
    @Reference private DialingService dialing;
    @Reference private InboundService inbound;
    @Reference private ScriptService scripts;
    @Reference private OrderService orders;
    @Reference private ComplaintService complaints;
    @Reference private MaterialRequestService materialRequests;
    @Reference private BulletinService bulletins;
    @Reference private CampaignService campaigns;
    @Reference private WorkflowService workflow;
    @Reference private AssignmentService assignments;

    private Server server;
    private PluggableServices plugins;

    @Activate
    void activate(BundleContext context) {
        plugins = new PluggableServices(context);
        RequestMetrics metrics = new RequestMetrics();
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus(true));
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(List.of(new AuthResource(auth), new MeResource(auth), new TenantResource(tenants),
                new ContactResource(contacts), new OrgResource(org), new AuditResource(audit),
                new AdminResource(tenants, channels), new HealthResource(health, metrics), new OpenApiResource(),
                new CalendarResource(calendars, plugins), new RoutingResource(routingPolicies, calendars, plugins),
                new BillingResource(billing, margins), new RatePlanResource(billing), new CostTableResource(billing),
                new LabourRateResource(margins), new ExportResource(exports), new ImportResource(imports), new DncResource(doNotCall, imports), new DialingResource(dialing), new InboundResource(inbound),
                new InvoiceRegisterResource(billing), new JobResource(billing),
                new ScriptResource(scripts), new OrderResource(orders), new ComplaintResource(complaints),
                new MaterialRequestResource(materialRequests), new BulletinResource(bulletins),
                new CampaignResource(campaigns), new WorkflowResource(workflow), new AssignmentResource(assignments)));
        factory.setProviders(List.of(new JacksonJsonProvider(json(), JacksonJsonProvider.BASIC_ANNOTATIONS) {
                    @Override
                    protected boolean hasMatchingMediaType(MediaType mediaType) {
                        // problem+json is JSON too
                        return super.hasMatchingMediaType(mediaType) || (mediaType != null && mediaType.getSubtype().endsWith("+json"));
                    }
                },
                new AuthenticationFilter(auth, audit), metrics,
                new ProblemMappers.Platform(), new ProblemMappers.Json(), new ProblemMappers.Web(), new ProblemMappers.Unexpected()));
        server = factory.create();
        LOG.info("REST API published at /api{}", ADDRESS);
    }

    static ObjectMapper json() {
        ObjectMapper mapper = new ObjectMapper();
        // money travels as decimal strings ("0.90"): exact and with its scale, also for JavaScript clients
        mapper.configOverride(java.math.BigDecimal.class)
                .setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING));
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Deactivate
    void deactivate() {
        if (server != null) server.destroy();
        if (plugins != null) plugins.close();
    }
}
