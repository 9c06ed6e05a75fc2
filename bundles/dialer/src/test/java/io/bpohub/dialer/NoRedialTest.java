package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.DialTarget;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class NoRedialTest {
    private static final DialTarget CONTACT = new DialTarget("c42", "+15551234567");

    @Test
    public void aNumberWhoseCallWasAbandonedIsNotDialledAgainFor72Hours() {
        // a cadence that wants the contact again at once after every call
        InMemoryNumberSupply[] supply = new InMemoryNumberSupply[1];
        supply[0] = new InMemoryNumberSupply(List.of(CONTACT).iterator(),
                record -> supply[0].putBack(CONTACT, record.endedAt()));
        DialerRig rig = new DialerRig(DialerRig.everyoneAnswers(),
                CampaignSettings.of("retry", DialMode.PROGRESSIVE, ZoneOffset.UTC), null, AbandonPolicy.DEFAULT, supply[0]);
        rig.login("ann", Duration.ofSeconds(10));
        rig.dialer.start();
        rig.at(Duration.ofSeconds(1), () -> rig.agents.pause("ann", "break"));
        rig.at(Duration.ofSeconds(20), () -> rig.agents.ready("ann"));

        rig.runFor(Duration.ofHours(72).plusMinutes(2));

        CallRecord abandoned = rig.records.get(0);
        assertEquals(CallOutcome.ABANDONED, abandoned.outcome());
        CallRecord redial = rig.records.get(1);
        assertEquals(CONTACT.number(), redial.number());
        assertTrue(!redial.originatedAt().isBefore(abandoned.abandonedAt().plus(Duration.ofHours(72))), "redialled at " + redial.originatedAt());
        assertTrue(redial.originatedAt().isBefore(abandoned.abandonedAt().plus(Duration.ofHours(72)).plusSeconds(2)));
        assertEquals(CallOutcome.CONNECTED, redial.outcome());
    }
}
