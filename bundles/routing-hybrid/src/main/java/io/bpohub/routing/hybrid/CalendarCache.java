package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.routing.RoutingData;
import io.bpohub.routing.hybrid.calendar.CalendarCompiler;
import io.bpohub.routing.hybrid.calendar.CompiledCalendar;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled calendars per tenant, kept as long as {@link RoutingData#revision(String)} says nothing
 * changed, so a change made in the console takes effect on the next decision without a restart.
 */
final class CalendarCache {
    private record Compiled(long revision, CompiledCalendar calendar) {
    }

    private final RoutingData data;
    private final ConcurrentHashMap<String, Compiled> byTenant = new ConcurrentHashMap<>();

    CalendarCache(RoutingData data) {
        this.data = data;
    }

    CompiledCalendar of(String tenant) {
        // the revision is read before the calendar: a calendar newer than its revision only causes one
        // extra compilation on the next call, never a stale answer kept under a current revision
        long revision = data.revision(tenant);
        Compiled cached = byTenant.get(tenant);
        if (cached != null && cached.revision == revision) return cached.calendar;
        BusinessCalendar calendar = data.calendar(tenant);
        if (calendar == null) {
            byTenant.remove(tenant);
            throw new IllegalArgumentException("tenant '" + tenant + "' has no business calendar (unknown tenant?)");
        }
        CompiledCalendar compiled = CalendarCompiler.compile(calendar);
        byTenant.put(tenant, new Compiled(revision, compiled));
        return compiled;
    }
}
