package io.bpohub.benchmarks.routing;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.routing.RoutingData;
import io.bpohub.api.routing.RoutingPolicy;

import java.util.HashMap;
import java.util.Map;

/** The platform's RoutingData reduced to hash maps, so that B4 measures the routing engine alone. */
final class InMemoryRoutingData implements RoutingData {
    private final Map<String, BusinessCalendar> calendars = new HashMap<>();
    private final Map<String, RoutingPolicy> policies = new HashMap<>();

    void put(String tenant, BusinessCalendar calendar, RoutingPolicy policy) {
        calendars.put(tenant, calendar);
        policies.put(tenant, policy);
    }

    @Override
    public BusinessCalendar calendar(String tenant) {
        return calendars.get(tenant);
    }

    @Override
    public RoutingPolicy policy(String tenant, String campaign) {
        return policies.get(tenant);
    }

    @Override
    public long revision(String tenant) {
        return 1;
    }
}
