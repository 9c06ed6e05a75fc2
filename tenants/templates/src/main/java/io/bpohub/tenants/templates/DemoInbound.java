package io.bpohub.tenants.templates;

import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.InboundService;
import io.bpohub.platform.services.PlatformException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The demo's inbound line: the simulated network's number belongs to acme, whose plan greets callers (in business
 * hours; voicemail otherwise), offers the care queue (campaign "demo-care", agents with the skill "care") and asks
 * the satisfaction survey when the agent hangs up first. A caller still waiting after 45 s is offered a callback
 * (key 1), which the outbound demo campaign "demo-dialing" places. A supervisor starts demo-care in mode INBOUND from the
 * Dialing board; acme.agent1 (who has the skill) joins it at the Desk.
 */
final class DemoInbound {
    static final String KEY = "demo-care";
    /** The simulator's default inbound number (etc/io.bpohub.telephony.sim.cfg, inbound.number). */
    static final String NUMBER = "+18005550100";
    static final String PLAN = """
            {"start": "hours",
             "queues": {"care": {"campaign": "demo-care", "skills": ["care"], "announceEverySeconds": 20,
                                 "overflowAfterSeconds": 90, "overflow": "voicemail",
                                 "callback": {"offerAfterSeconds": 45, "prompt": "acme-callback-offer", "key": "1",
                                              "campaign": "demo-dialing", "confirm": "acme-callback-booked"}}},
             "nodes": {"hours": {"type": "hours", "open": "welcome", "closed": "closed"},
                       "welcome": {"type": "menu", "prompt": "acme-welcome", "choices": {"1": "care", "2": "voicemail"},
                                   "timeoutSeconds": 5, "retries": 1, "otherwise": "care"},
                       "care": {"type": "queue", "queue": "care"},
                       "closed": {"type": "message", "prompt": "acme-closed", "next": "voicemail"},
                       "voicemail": {"type": "voicemail", "prompt": "acme-leave-a-message", "maxSeconds": 60}},
             "survey": {"prompt": "acme-survey", "scale": 5, "thanks": "acme-thanks"},
             "announceAgent": true}
            """;

    private DemoInbound() {
    }

    /** Seeds the line once (an installation seeded before inbound existed gets it too). */
    static void seed(CampaignService campaigns, InboundService inbound, Caller op) {
        try {
            campaigns.get(op, "acme", KEY);
            return;
        } catch (PlatformException e) {
            if (e.kind() != PlatformException.Kind.NOT_FOUND) throw e;
        }
        campaigns.create(op, "acme", KEY, new CampaignSpec("Customer care line", CampaignKind.INBOUND_SERVICE, null,
                LocalDate.now(ZoneOffset.UTC).minusDays(1), null, List.of(new DialingWindow(LocalTime.MIN, LocalTime.of(23, 59))), List.of(),
                null, null, null, null));
        inbound.savePlan(op, "acme", PLAN);
        inbound.assignNumber(op, "acme", NUMBER);
        inbound.setSkills(op, "acme", "acme.agent1", Set.of("care"));
    }
}
