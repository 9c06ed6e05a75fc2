package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static io.bpohub.dialer.DialerRig.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person who answers and finds no agent within 2 s hears the safe-harbor message and is hung up; it counts. */
public class AbandonRuleTest {
    private final DialerRig rig = new DialerRig(DialerRig.everyoneAnswers(),
            CampaignSettings.of("spring-sale", DialMode.PROGRESSIVE, ZoneOffset.UTC), null, AbandonPolicy.DEFAULT,
            InMemoryNumberSupply.endless());

    {
        rig.login("ann", Duration.ofSeconds(10));
        rig.dialer.start();
        // ann leaves while her call rings: the person who answers at 5 s finds nobody
        rig.at(Duration.ofSeconds(1), () -> rig.agents.pause("ann", "break"));
    }

    @Test
    public void answeredCallWithNoAgentWithinTwoSecondsHearsSafeHarborThenThePlatformHangsUp() {
        rig.runFor(Duration.ofSeconds(30));

        assertEquals(1, rig.records.size());
        CallRecord call = rig.records.get(0);
        assertEquals(CallOutcome.ABANDONED, call.outcome());
        assertEquals(START.plusSeconds(5), call.answeredAt());
        assertEquals(START.plusSeconds(7), call.abandonedAt());
        // the safe-harbor message plays 4 s, then the platform hangs up
        assertEquals(START.plusSeconds(11), call.endedAt());
        assertEquals(CallParty.PLATFORM, call.hungUpBy());
        List<CallEventType> events = rig.callEvents.stream().filter(e -> e.callId().equals(call.callId())).map(CallEvent::type).toList();
        assertEquals(List.of(CallEventType.RINGING, CallEventType.ANSWERED, CallEventType.PLAYED, CallEventType.HUNG_UP), events);
        assertTrue(rig.callEvents.stream().anyMatch(e -> e.type() == CallEventType.PLAYED && "safe-harbor".equals(e.detail())));
        assertEquals(1, rig.dialer.snapshot().today().abandoned());
        assertEquals(1, rig.dialer.snapshot().today().liveAnswered());
    }

    @Test
    public void anAgentFreeWithinTwoSecondsOfTheAnswerTakesTheCall() {
        rig.at(Duration.ofSeconds(6), () -> rig.agents.ready("ann"));
        rig.runFor(Duration.ofSeconds(30));

        assertTrue(rig.records.isEmpty());
        assertEquals(0, rig.dialer.snapshot().today().abandoned());
        CallEvent bridged = rig.callEvents.stream().filter(e -> e.type() == CallEventType.BRIDGED).findFirst().orElseThrow();
        assertEquals(START.plusSeconds(6), bridged.at());
        assertEquals("sip:ann", bridged.endpoint());
    }
}
