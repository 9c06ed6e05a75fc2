package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.Openness;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.routing.HandlerSpan;
import io.bpohub.api.routing.RoutingData;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.api.routing.RoutingService;
import io.bpohub.routing.hybrid.calendar.CalendarSpan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who handles a call or an outbound attempt: a temporary project goes to the agency; otherwise the
 * operating mode decides (hybrid: in-house while the tenant's calendar is open), and the overflow
 * rules can send in-house work to the agency.
 */
@Component(service = RoutingService.class)
public final class HybridRoutingService implements RoutingService {
    /** Timelines are for screens and reports; a longer range is refused rather than built. */
    static final Duration LONGEST_TIMELINE = Duration.ofDays(732);

    private final RoutingData data;
    private final CalendarCache calendars;

    @Activate
    public HybridRoutingService(@Reference(name = "data") RoutingData data) {
        this.data = data;
        this.calendars = new CalendarCache(data);
    }

    @Override
    public RoutingDecision decide(RoutingQuestion question) {
        if (question == null || question.tenant() == null || question.at() == null) {
            throw new IllegalArgumentException("a routing question needs a tenant and an instant: " + question);
        }
        RoutingPolicy policy = policyOf(question.tenant(), question.campaign());
        if (policy.temporaryProject()) return RoutingRules.temporaryProject();
        switch (policy.mode()) {
            case OUTSOURCED:
                return RoutingRules.outsourced();
            case IN_HOUSE:
                return RoutingRules.inHouse(policy, question, null);
            case HYBRID:
                Openness openness = calendars.of(question.tenant()).evaluate(question.at());
                return openness.open() ? RoutingRules.inHouse(policy, question, openness) : RoutingRules.closed(openness);
            default:
                throw new IllegalStateException("unhandled operating mode " + policy.mode());
        }
    }

    @Override
    public List<HandlerSpan> timeline(String tenant, String campaign, Instant from, Instant to) {
        if (tenant == null || from == null || to == null) throw new IllegalArgumentException("a timeline needs a tenant, from and to");
        if (to.isBefore(from)) throw new IllegalArgumentException("timeline from " + from + " is after to " + to);
        if (Duration.between(from, to).compareTo(LONGEST_TIMELINE) > 0) {
            throw new IllegalArgumentException("timeline longer than " + LONGEST_TIMELINE.toDays() + " days: " + from + " to " + to);
        }
        RoutingPolicy policy = policyOf(tenant, campaign);
        if (from.equals(to)) return List.of();
        if (policy.temporaryProject()) return List.of(new HandlerSpan(from, to, Handler.AGENCY, RoutingRules.TEMPORARY_PROJECT, "temporary project"));
        switch (policy.mode()) {
            case OUTSOURCED:
                return List.of(new HandlerSpan(from, to, Handler.AGENCY, RoutingRules.MODE_OUTSOURCED, "outsourced"));
            case IN_HOUSE:
                return List.of(new HandlerSpan(from, to, Handler.IN_HOUSE, RoutingRules.MODE_IN_HOUSE, "in-house"));
            case HYBRID:
                return handlerSpans(calendars.of(tenant).spans(from, to));
            default:
                throw new IllegalStateException("unhandled operating mode " + policy.mode());
        }
    }

    private static List<HandlerSpan> handlerSpans(List<CalendarSpan> calendarSpans) {
        List<HandlerSpan> spans = new ArrayList<>(calendarSpans.size());
        for (CalendarSpan span : calendarSpans) {
            Handler handler = span.open() ? Handler.IN_HOUSE : Handler.AGENCY;
            String rule = span.open() ? RoutingRules.CALENDAR_OPEN : RoutingRules.CALENDAR_CLOSED;
            int last = spans.size() - 1;
            HandlerSpan previous = last < 0 ? null : spans.get(last);
            // calendar rules that differ but read the same for routing (e.g. "after hours" from two weekly versions) join up
            if (previous != null && previous.handler() == handler && previous.rule().equals(rule) && previous.label().equals(span.label())) {
                spans.set(last, new HandlerSpan(previous.from(), span.to(), handler, rule, span.label()));
            } else {
                spans.add(new HandlerSpan(span.from(), span.to(), handler, rule, span.label()));
            }
        }
        return spans;
    }

    private RoutingPolicy policyOf(String tenant, String campaign) {
        RoutingPolicy policy = data.policy(tenant, campaign);
        if (policy == null) throw new IllegalArgumentException("unknown tenant '" + tenant + "': no routing policy");
        if (policy.mode() == null) throw new IllegalArgumentException("routing policy of tenant '" + tenant + "' has no operating mode");
        return policy;
    }
}
