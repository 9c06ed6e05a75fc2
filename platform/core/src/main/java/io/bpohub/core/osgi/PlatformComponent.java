package io.bpohub.core.osgi;

import io.bpohub.core.Platform;
import io.bpohub.core.PlatformSettings;
import io.bpohub.core.Plugins;
import io.bpohub.api.documents.InvoiceRenderer;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.api.billing.RatingService;
import io.bpohub.api.contacts.ContactImporter;
import io.bpohub.api.contacts.DoNotCallRegistry;
import io.bpohub.api.dialer.Dialer;
import io.bpohub.api.routing.RoutingService;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.platform.services.DialingService;
import io.bpohub.platform.services.InboundService;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.DoNotCallService;
import io.bpohub.api.routing.RoutingData;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.MarginService;
import io.bpohub.platform.services.ExportService;
import io.bpohub.platform.services.BulletinService;
import io.bpohub.platform.services.ComplaintService;
import io.bpohub.platform.services.MaterialRequestService;
import io.bpohub.platform.services.OrderService;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.AuditService;
import io.bpohub.platform.services.CalendarService;
import io.bpohub.platform.services.RoutingPolicyService;
import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.ContactService;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.WorkflowService;
import io.bpohub.platform.services.AssignmentService;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformHealth;
import io.bpohub.platform.services.TenantService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the core from etc/io.bpohub.platform.cfg and registers its services. Waits for MariaDB in
 * the background (a database that starts after Karaf, or restarts, is normal), so Karaf never
 * blocks on it.
 */
@Component(configurationPid = "io.bpohub.platform", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = PlatformConfig.class)
public final class PlatformComponent {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformComponent.class);

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private Thread starter;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private Plugins plugins;
    private volatile Platform platform;
    private volatile boolean stopping;
    private ServiceListener redeployListener;
    private ExecutorService redeploys;

    @Activate
    void activate(BundleContext context, PlatformConfig config) throws IOException {
        PlatformSettings settings = settings(config);
        plugins = new Plugins(waiting(context, RatingService.class, "bpohub-billing"),
                waiting(context, InvoiceRenderer.class, "bpohub-documents"), waiting(context, TableWriter.class, "bpohub-documents"),
                waiting(context, ContactImporter.class, "bpohub-contact-import"), waiting(context, DoNotCallRegistry.class, "bpohub-contact-import"),
                waiting(context, Dialer.class, "bpohub-dialer"), waiting(context, TelephonyGateway.class, "bpohub-telephony-sim"),
                waiting(context, RoutingService.class, "bpohub-routing"));
        // a redeployed gateway or dialer takes over the campaigns being dialled (off the service event thread)
        redeploys = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bpohub-dialing-reattach");
            t.setDaemon(true);
            return t;
        });
        redeployListener = event -> {
            Platform p = platform;
            if (event.getType() == ServiceEvent.REGISTERED && p != null) {
                redeploys.submit(() -> {
                    try {
                        p.dialing().reattach();
                    } catch (RuntimeException e) {
                        LOG.warn("campaigns being dialled could not move to the redeployed gateway or dialer: {}", e.getMessage());
                    }
                });
            }
        };
        try {
            context.addServiceListener(redeployListener, "(|(objectClass=" + TelephonyGateway.class.getName() + ")(objectClass="
                    + Dialer.class.getName() + "))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        starter = new Thread(() -> start(context, settings), "bpohub-core-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void start(BundleContext context, PlatformSettings settings) {
        long delayMs = 1000;
        while (!stopping) {
            try {
                platform = new Platform(settings, plugins);
                break;
            } catch (RuntimeException e) {
                LOG.warn("platform core cannot start yet ({}); retrying in {} s", e.getMessage(), delayMs / 1000);
                try {
                    Thread.sleep(delayMs); // back-off between attempts to reach MariaDB
                } catch (InterruptedException ie) {
                    return;
                }
                delayMs = Math.min(delayMs * 2, 30_000);
            }
        }
        if (stopping) return;
        synchronized (registrations) {
            registrations.add(context.registerService(PlatformHealth.class, platform, null));
            registrations.add(context.registerService(AuthService.class, platform.auth(), null));
            registrations.add(context.registerService(AuditService.class, platform.audit(), null));
            registrations.add(context.registerService(TenantService.class, platform.tenants(), null));
            registrations.add(context.registerService(OrgService.class, platform.org(), null));
            registrations.add(context.registerService(ContactService.class, platform.contacts(), null));
            registrations.add(context.registerService(CampaignService.class, platform.campaigns(), null));
            registrations.add(context.registerService(WorkflowService.class, platform.workflow(), null));
            registrations.add(context.registerService(AssignmentService.class, platform.assignments(), null));
            registrations.add(context.registerService(CalendarService.class, platform.calendars().calendars(), null));
            registrations.add(context.registerService(RoutingPolicyService.class, platform.calendars().policies(), null));
            registrations.add(context.registerService(RoutingData.class, platform.calendars(), null));
            registrations.add(context.registerService(BillingService.class, platform.billing(), null));
            registrations.add(context.registerService(MarginService.class, platform.margins(), null));
            registrations.add(context.registerService(ExportService.class, platform.exports(), null));
            registrations.add(context.registerService(ScriptService.class, platform.scripts(), null));
            registrations.add(context.registerService(OrderService.class, platform.orders(), null));
            registrations.add(context.registerService(ComplaintService.class, platform.complaints(), null));
            registrations.add(context.registerService(MaterialRequestService.class, platform.materialRequests(), null));
            registrations.add(context.registerService(BulletinService.class, platform.bulletins(), null));
            registrations.add(context.registerService(ContactImportService.class, platform.imports(), null));
            registrations.add(context.registerService(DoNotCallService.class, platform.doNotCall(), null));
            registrations.add(context.registerService(DialingService.class, platform.dialing(), null));
            registrations.add(context.registerService(InboundService.class, platform.inbound(), null));
        }
        LOG.info("platform core started on {}", settings.dbUrl());
        platform.migrateTenants();
        try {
            int resumed = platform.imports().resumeInterrupted();
            if (resumed > 0) LOG.info("{} interrupted contact imports resumed", resumed);
        } catch (RuntimeException e) {
            LOG.warn("interrupted contact imports could not be resumed now ({}); resume them with bpo:import-resume", e.getMessage());
        }
        try {
            int dialing = platform.dialing().resumeRunning();
            if (dialing > 0) LOG.info("{} campaigns dial again after the restart", dialing);
        } catch (RuntimeException e) {
            LOG.warn("campaigns being dialled before the restart could not start again ({}); start them with bpo:dialing-start", e.getMessage());
        }
    }

    @Deactivate
    void deactivate(BundleContext context) throws InterruptedException {
        stopping = true;
        context.removeServiceListener(redeployListener);
        redeploys.shutdownNow();
        starter.interrupt();
        starter.join(30_000);
        synchronized (registrations) {
            registrations.forEach(ServiceRegistration::unregister);
            registrations.clear();
        }
        if (platform != null) platform.close();
        trackers.forEach(ServiceTracker::close);
    }

    /** A hot-deployable service, looked up at each use; waits for it while its bundle is being redeployed. */
    private <T> Supplier<T> waiting(BundleContext context, Class<T> type, String feature) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        Supplier<T> missing = Plugins.missing(feature);
        return () -> {
            try {
                T service = tracker.waitForService(15_000);
                if (service != null) return service;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return missing.get();
        };
    }

    private static PlatformSettings settings(PlatformConfig c) throws IOException {
        Path dataDir = c.data_dir().isBlank() ? Paths.get(System.getProperty("karaf.data", "data"), "bpohub") : Paths.get(c.data_dir());
        return new PlatformSettings(c.db_url(), c.db_adminUser(), c.db_adminPassword(), c.db_prefix(), secret(dataDir),
                c.password_kdfIterations(), dataDir, java.time.ZoneId.of(c.agency_timeZone()), c.agency_name(),
                c.agency_address().isBlank() ? List.of() : List.of(c.agency_address().split("\\|")), c.agency_region());
    }

    /** The platform secret: generated on first start, kept beside the data (back it up with the database). */
    private static byte[] secret(Path dataDir) throws IOException {
        Path file = dataDir.resolve("platform.secret");
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            byte[] fresh = new byte[48];
            new SecureRandom().nextBytes(fresh);
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Base64.getDecoder().decode(Files.readString(file).trim());
    }
}
