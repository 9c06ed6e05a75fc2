package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.telephony.TelephonyGateway;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SimulatorComponentTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** A configuration with the annotation's defaults, except {@code overrides} (by method name). */
    private static SimulatorConfig config(Map<String, Object> overrides) {
        return (SimulatorConfig) Proxy.newProxyInstance(SimulatorConfig.class.getClassLoader(), new Class<?>[]{SimulatorConfig.class},
                (proxy, method, args) -> overrides.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    public void theDefaultConfigurationIsTheBenchmarksFirstScenario() {
        Scenario scenario = SimulatorComponent.scenario(config(Map.of()));
        assertEquals(0.30, scenario.answerProbability(Instant.parse("2026-03-02T03:00:00Z")), 0);
        assertEquals(90, scenario.talk().mean().toSeconds());
        assertEquals(4, scenario.messageLength("safe-harbor").toSeconds());
        assertEquals(30, scenario.afterCallPatience().toSeconds());
    }

    @Test
    public void theInboundAfterCallOptionsReachTheScenario() {
        Scenario agentsEnd = SimulatorComponent.scenario(config(Map.of("inbound_agentEndsShare", 1.0, "inbound_afterCallPatienceSeconds", 12.5)));
        assertTrue(agentsEnd.agentEnds(new SplittableRandom(1)));
        assertEquals(Duration.ofMillis(12_500), agentsEnd.afterCallPatience());
        Scenario callersEnd = SimulatorComponent.scenario(config(Map.of("inbound_agentEndsShare", 0.0)));
        assertFalse(callersEnd.agentEnds(new SplittableRandom(1)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatorComponent.scenario(config(Map.of("inbound_agentEndsShare", 1.5))));
        assertEquals("the share of conversations the agent ends is between 0 and 1, got 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SimulatorComponent.scenario(config(Map.of("inbound_afterCallPatienceSeconds", 0.0))));
        assertEquals("the after-call patience is positive, got PT0S", e.getMessage());
    }

    @Test
    public void anHourlyCurveStartsAtItsFirstHourInTheConfiguredZone() {
        Scenario scenario = SimulatorComponent.scenario(config(Map.of("zone", "Asia/Shanghai", "answer_byHour", "0.08, 0.12", "answer_firstHour", 9)));
        assertEquals(0.12, scenario.answerProbability(Instant.parse("2026-03-02T02:30:00Z")), 0);
        assertEquals(0.30, scenario.answerProbability(Instant.parse("2026-03-02T03:30:00Z")), 0);
    }

    @Test
    public void aWrongConfigurationSaysWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatorComponent.scenario(config(Map.of("notAnswered_busy", 0.5))));
        assertTrue(e.getMessage(), e.getMessage().contains("sum to 1"));
    }

    @Test
    public void itRegistersTheGatewayAndOnDeactivateHangsUpLiveCallsBeforeUnregistering() throws Exception {
        List<String> happened = new CopyOnWriteArrayList<>();
        TelephonyGateway[] registered = new TelephonyGateway[1];
        ServiceRegistration<?> registration = proxy(ServiceRegistration.class, (method, args) -> {
            if (method.equals("unregister")) happened.add("unregistered");
            return null;
        });
        BundleContext context = proxy(BundleContext.class, (method, args) -> {
            if (!method.equals("registerService")) throw new UnsupportedOperationException(method);
            registered[0] = (TelephonyGateway) args[1];
            happened.add("registered " + args[0] + " " + ((Dictionary<?, ?>) args[2]).get("gateway"));
            return registration;
        });
        SimulatorComponent component = new SimulatorComponent();
        component.activate(config(Map.of("answer_probability", 1.0, "ring_minSeconds", 0.0, "ring_maxSeconds", 0.0,
                "patience_meanSeconds", 3600.0, "recordings", folder.getRoot().toString())), context);

        TelephonyGateway gateway = registered[0];
        assertEquals("simulator", gateway.name());
        CountDownLatch answered = new CountDownLatch(1);
        gateway.listen(event -> {
            happened.add(event.type() + (event.party() == null ? "" : " " + event.party()) + " on " + Thread.currentThread().getName());
            if (event.type() == CallEventType.ANSWERED) answered.countDown();
        });
        String id = gateway.originate(SimulatedNetworkTest.call("demo"));
        assertTrue("the call was answered", answered.await(10, TimeUnit.SECONDS));
        assertTrue(id, id.startsWith("sim-"));

        component.deactivate();

        String thread = " on bpohub-telephony-sim";
        assertEquals(List.of("registered interface io.bpohub.api.telephony.TelephonyGateway simulator",
                "RINGING" + thread, "ANSWERED" + thread, "HUNG_UP NETWORK" + thread, "unregistered"), happened);
        assertThrows(RuntimeException.class, () -> gateway.hangup(id, CallParty.AGENT));
    }

    private interface Handler {
        Object invoke(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> handler.invoke(method.getName(), args));
    }
}
