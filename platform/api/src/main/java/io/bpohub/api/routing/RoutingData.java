package io.bpohub.api.routing;

import io.bpohub.api.calendar.BusinessCalendar;

/**
 * Where a routing service reads calendars and policies (the platform implements it). {@link #revision()}
 * changes whenever any calendar or policy changes, so implementations can cache and refresh.
 */
public interface RoutingData {
    /** The tenant's calendar; null if the tenant is unknown. */
    BusinessCalendar calendar(String tenant);

    /** The campaign's policy if it overrides the tenant's, else the tenant's; null if the tenant is unknown. */
    RoutingPolicy policy(String tenant, String campaign);

    long revision(String tenant);
}
