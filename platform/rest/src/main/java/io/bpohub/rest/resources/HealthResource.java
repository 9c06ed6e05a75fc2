package io.bpohub.rest.resources;

import io.bpohub.platform.services.HealthView;
import io.bpohub.platform.services.PlatformHealth;
import io.bpohub.rest.RequestMetrics;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** Readiness and metrics, without authentication (bind the HTTP port to a private interface). */
@Path("/")
public class HealthResource {
    private final PlatformHealth health;
    private final RequestMetrics metrics;

    public HealthResource(PlatformHealth health, RequestMetrics metrics) {
        this.health = health;
        this.metrics = metrics;
    }

    @GET
    @Path("/health")
    @Produces(MediaType.APPLICATION_JSON)
    public HealthView health() {
        return health.health();
    }

    /** Prometheus text exposition format 0.0.4. */
    @GET
    @Path("/metrics")
    @Produces("text/plain; version=0.0.4")
    public String metrics() {
        return metrics.exposition(health.health());
    }
}
