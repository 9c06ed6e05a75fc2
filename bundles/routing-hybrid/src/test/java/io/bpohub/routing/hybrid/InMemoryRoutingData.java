package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.routing.RoutingData;
import io.bpohub.api.routing.RoutingPolicy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the platform provides, in memory: every change bumps the tenant's revision. */
final class InMemoryRoutingData implements RoutingData {
    private final Map<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();
    private final Map<String, RoutingPolicy> policies = new ConcurrentHashMap<>();
    private final Map<String, Long> revisions = new ConcurrentHashMap<>();
    int calendarReads;

    InMemoryRoutingData put(String tenant, BusinessCalendar calendar, RoutingPolicy policy) {
        if (calendar == null) calendars.remove(tenant);
        else calendars.put(tenant, calendar);
        policies.put(tenant, policy);
        revisions.merge(tenant, 1L, Long::sum);
        return this;
    }

    InMemoryRoutingData putCampaign(String tenant, String campaign, RoutingPolicy policy) {
        policies.put(tenant + "/" + campaign, policy);
        revisions.merge(tenant, 1L, Long::sum);
        return this;
    }

    @Override
    public BusinessCalendar calendar(String tenant) {
        calendarReads++;
        return calendars.get(tenant);
    }

    @Override
    public RoutingPolicy policy(String tenant, String campaign) {
        if (!policies.containsKey(tenant)) return null;
        return campaign == null ? policies.get(tenant) : policies.getOrDefault(tenant + "/" + campaign, policies.get(tenant));
    }

    @Override
    public long revision(String tenant) {
        return revisions.getOrDefault(tenant, 0L);
    }
}
