package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.telephony.sim.Scenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a strategy asks for, the dialer keeps abandoned calls within the limit in every rolling window. */
public class ComplianceTest {
    private static final double LIMIT = 0.03;

    @Test
    public void anOverDialingStrategyStaysWithinTheLimitInEvery24HourWindowOverThreeDialingDays() {
        DialerRig rig = overDialing(AbandonPolicy.DEFAULT);
        for (int day = 0; day < 3; day++) {
            Duration opens = Duration.ofDays(day);
            rig.at(opens, rig.dialer::start);
            rig.at(opens.plusHours(8), rig.dialer::stop);
        }
        Instant end = rig.timeline.now().plus(Duration.ofDays(2).plusHours(8));
        rig.runFor(Duration.ofDays(2).plusHours(9));

        assertAbandonsButWithinLimit(rig, Duration.ofHours(24), end);
    }

    @Test
    public void anOverDialingStrategyStaysWithinTheLimitInEveryShortAndLongWindow() {
        // the tenant's windows are configurable: 1 h and 10 h run through many windows in a 30 h test
        AbandonPolicy policy = new AbandonPolicy(new BigDecimal("0.03"), Duration.ofHours(1), Duration.ofHours(10),
                Duration.ofSeconds(2), "safe-harbor", Duration.ofHours(72));
        DialerRig rig = overDialing(policy);
        rig.dialer.start();
        Instant end = rig.timeline.now().plus(Duration.ofHours(30));
        rig.runFor(Duration.ofHours(30));

        assertAbandonsButWithinLimit(rig, Duration.ofHours(1), end);
        assertTrue(AbandonWindows.worstRate(rig.records, Duration.ofHours(10), end) <= LIMIT);
    }

    private static DialerRig overDialing(AbandonPolicy policy) {
        DialerRig rig = new DialerRig(Scenario.builder().build(), CampaignSettings.of("blitz", DialMode.PREDICTIVE, ZoneOffset.UTC),
                new OverDialing(), policy, InMemoryNumberSupply.endless());
        for (int i = 0; i < 10; i++) rig.login("agent" + i, Duration.ofSeconds(15));
        return rig;
    }

    private static void assertAbandonsButWithinLimit(DialerRig rig, Duration window, Instant end) {
        long abandoned = rig.records.stream().filter(r -> r.outcome() == CallOutcome.ABANDONED).count();
        long answered = rig.records.stream().filter(r -> r.outcome().isLiveAnswer()).count();
        double worst = AbandonWindows.worstRate(rig.records, window, end);
        // the strategy did push: abandons happened, close to the limit, and never beyond it
        assertTrue(abandoned > 0.01 * answered, "abandoned " + abandoned + " of " + answered);
        assertTrue(worst <= LIMIT, "worst window " + worst);
    }
}
