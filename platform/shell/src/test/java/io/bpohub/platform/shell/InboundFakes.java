package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.InboundCallView;
import io.bpohub.platform.services.InboundNumberView;
import io.bpohub.platform.services.InboundPlanView;
import io.bpohub.platform.services.InboundService;
import io.bpohub.platform.services.QueueToday;
import io.bpohub.platform.services.PlatformException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A recording fake of the inbound service, keeping numbers, plan revisions and skills as a real one would. */
final class InboundFakes {
    private InboundFakes() {
    }

    static InboundCallView call(String callId, String state, String node, String queue, String agent) {
        return new InboundCallView(callId, "+8613800138000", 42L, Fakes.T0, state, node, queue, queue == null ? null : Fakes.T0, agent,
                Fakes.T0);
    }

    static class Inbound extends Fakes.Recorder implements InboundService {
        final List<InboundNumberView> numbers = new ArrayList<>();
        InboundPlanView plan = new InboundPlanView(0, "{}", null, null);
        final Map<String, Set<String>> skills = new HashMap<>();
        List<InboundCallView> live = List.of();

        public List<InboundNumberView> numbers(Caller c, String tenant) {
            call("numbers", c, tenant);
            return numbers;
        }

        public InboundNumberView assignNumber(Caller c, String tenant, String number) {
            call("assignNumber", c, tenant, number);
            InboundNumberView n = new InboundNumberView(number, tenant, c.username(), Fakes.T0);
            numbers.add(n);
            return n;
        }

        public void releaseNumber(Caller c, String tenant, String number) {
            call("releaseNumber", c, tenant, number);
            if (!numbers.removeIf(n -> n.number().equals(number))) {
                throw PlatformException.notFound("No inbound number " + number + " of " + tenant);
            }
        }

        public InboundPlanView plan(Caller c, String tenant) {
            call("plan", c, tenant);
            return plan;
        }

        public InboundPlanView savePlan(Caller c, String tenant, String document) {
            call("savePlan", c, tenant, document);
            plan = new InboundPlanView(plan.revision() + 1, document, c.username(), Fakes.T0);
            return plan;
        }

        public Set<String> skills(Caller c, String tenant, String agent) {
            call("skills", c, tenant, agent);
            return skills.getOrDefault(agent, Set.of());
        }

        public Set<String> setSkills(Caller c, String tenant, String agent, Set<String> given) {
            call("setSkills", c, tenant, agent, given);
            skills.put(agent, new LinkedHashSet<>(given));
            return skills.get(agent);
        }

        public List<InboundCallView> live(Caller c, String tenant) {
            call("live", c, tenant);
            return live;
        }

        public List<QueueToday> queues(Caller c, String tenant) {
            call("queues", c, tenant);
            return List.of(new QueueToday("care", "demo-care", java.time.LocalDate.of(2026, 11, 24), 20, 2, 75, 40, 34, 30, 3, 1, 2,
                    new java.math.BigDecimal("0.7500"), 14, new java.math.BigDecimal("0.0750")),
                    new QueueToday("sales", "demo-sales", java.time.LocalDate.of(2026, 11, 24), 30, 0, null, 0, 0, 0, 0, 0, 0, null, null, null));
        }
    }
}
