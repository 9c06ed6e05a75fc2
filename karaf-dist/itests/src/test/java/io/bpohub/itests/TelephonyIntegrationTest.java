package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.telephony.OriginateRequest;
import io.bpohub.api.telephony.TelephonyGateway;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.util.tracker.ServiceTracker;

/** The simulated phone network in the packaged distribution: its gateway service places calls, and a redeploy hangs up live calls first. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TelephonyIntegrationTest extends DistributionTestBase {
    private TelephonyGateway gateway() throws InterruptedException {
        ServiceTracker<TelephonyGateway, TelephonyGateway> tracker = new ServiceTracker<>(bundleContext, TelephonyGateway.class, null);
        tracker.open();
        try {
            TelephonyGateway g = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
            assertNotNull("the simulator registers a telephony gateway", g);
            return g;
        } finally {
            tracker.close();
        }
    }

    private static void await(List<CallEvent> events, String callId, CallEventType type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (events.stream().anyMatch(e -> e.callId().equals(callId) && e.type() == type)) return;
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type + " for " + callId + " in " + events);
    }

    @Test
    public void aRedeployOfTheSimulatorHangsUpLiveCallsBeforeItsGatewayGoesAndTheNewOnePlacesCalls() throws Exception {
        TelephonyGateway first = gateway();
        assertEquals("simulator", first.name());
        List<CallEvent> events = new CopyOnWriteArrayList<>();
        first.listen(events::add);
        // a ring timeout longer than any ring: the call is still up (ringing or answered) when the bundle goes
        String live = first.originate(new OriginateRequest("+8613800138000", null, Duration.ofMinutes(5), false, "itest"));
        await(events, live, CallEventType.RINGING);

        Bundle simulator = null;
        for (Bundle b : bundleContext.getBundles()) {
            if ("io.bpohub.telephony.sim".equals(b.getSymbolicName())) simulator = b;
        }
        assertNotNull(simulator);
        simulator.update();
        CallEvent end = events.stream().filter(e -> e.callId().equals(live) && e.type().isFinal()).findFirst()
                .orElseThrow(() -> new AssertionError("the live call was not ended by the redeploy: " + events));
        assertEquals(CallEventType.HUNG_UP, end.type());
        assertEquals(CallParty.NETWORK, end.party());

        TelephonyGateway second = gateway();
        List<CallEvent> after = new CopyOnWriteArrayList<>();
        second.listen(after::add);
        String next = second.originate(new OriginateRequest("+8613800138001", null, Duration.ofSeconds(30), false, "itest"));
        await(after, next, CallEventType.RINGING);
        assertTrue("call ids stay unique across redeploys", !next.equals(live));
    }
}
