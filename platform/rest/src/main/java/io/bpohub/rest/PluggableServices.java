package io.bpohub.rest;

import io.bpohub.api.calendar.CalendarImporter;
import io.bpohub.api.routing.RoutingService;
import io.bpohub.platform.services.PlatformException;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services that hot-deployable bundles provide (routing, calendar import). A request arriving while
 * such a bundle is being redeployed waits for it to come back instead of failing at once.
 */
public final class PluggableServices implements AutoCloseable {
    static final long WAIT_MS = 15_000;

    private final ServiceTracker<RoutingService, RoutingService> routing;
    private final ServiceTracker<CalendarImporter, CalendarImporter> importer;

    PluggableServices(BundleContext context) {
        routing = new ServiceTracker<>(context, RoutingService.class, null);
        importer = new ServiceTracker<>(context, CalendarImporter.class, null);
        routing.open();
        importer.open();
    }

    public RoutingService routing() {
        return await(routing, "routing");
    }

    public CalendarImporter importer() {
        return await(importer, "calendar import");
    }

    private static <T> T await(ServiceTracker<T, T> tracker, String what) {
        try {
            T service = tracker.waitForService(WAIT_MS);
            if (service != null) return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new PlatformException(PlatformException.Kind.UNAVAILABLE, null, "the " + what
                + " bundle is not deployed; install the bpohub-routing feature (feature:install bpohub-routing) and retry");
    }

    @Override
    public void close() {
        routing.close();
        importer.close();
    }
}
