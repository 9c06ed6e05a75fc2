package io.bpohub.rest;

import io.bpohub.platform.services.HealthView;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import org.slf4j.MDC;

/**
 * Counts API responses by method and status (rendered with the platform gauges for Prometheus), and
 * ends the request's logging context.
 */
public final class RequestMetrics implements ContainerResponseFilter {
    private final Map<String, LongAdder> responses = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String requestId = MDC.get("request");
        if (requestId != null) response.getHeaders().putSingle(AuthenticationFilter.REQUEST_ID, requestId);
        MDC.remove("request");
        MDC.remove("tenant");
        MDC.remove("user");
        responses.computeIfAbsent("method=\"" + request.getMethod() + "\",status=\"" + response.getStatus() + "\"",
                k -> new LongAdder()).increment();
    }

    public String exposition(HealthView health) {
        StringBuilder out = new StringBuilder();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        gauge(out, "bpohub_tenants", "Tenants not offboarded", health.tenants());
        gauge(out, "bpohub_open_tenant_pools", "Tenant connection pools currently open", health.openTenantPools());
        gauge(out, "bpohub_tenant_migration_failures", "Tenants whose last schema migration failed", health.tenantMigrationFailures());
        gauge(out, "bpohub_up", "1 when ready, 0 while migrating", "UP".equals(health.status()) ? 1 : 0);
        gauge(out, "jvm_heap_used_bytes", "Heap in use", heap.getUsed());
        out.append("# HELP bpohub_http_responses_total API responses by method and status\n");
        out.append("# TYPE bpohub_http_responses_total counter\n");
        new TreeMap<>(responses).forEach((labels, n) -> out.append("bpohub_http_responses_total{").append(labels).append("} ")
                .append(n.sum()).append('\n'));
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value).append('\n');
    }
}
