package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.TelephonyGateway;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Hashtable;

/**
 * Runs the simulated phone network on the wall clock and registers it as the {@link TelephonyGateway} with
 * {@code gateway=simulator}, configured by {@link SimulatorConfig} (PID {@value #PID}, optional).
 * <p>
 * The gateway is registered by hand rather than as this component's service: DS would unregister a component's
 * service before deactivating it, and the platform may let go of the gateway then; here the network is closed
 * first, so every live call's HUNG_UP (party NETWORK) reaches the listeners before the service goes away.
 */
@Component(configurationPid = SimulatorComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SimulatorConfig.class)
public final class SimulatorComponent {
    static final String PID = "io.bpohub.telephony.sim";

    private RealTimeline timeline;
    private SimulatedNetwork network;
    private ServiceRegistration<TelephonyGateway> registration;

    @Activate
    void activate(SimulatorConfig config, BundleContext context) {
        timeline = new RealTimeline("bpohub-telephony-sim");
        // call ids carry the start time, so that they stay unique across restarts and redeploys
        String callIdPrefix = "sim-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        network = new SimulatedNetwork(timeline, scenario(config), config.seed(), recordingsDirectory(config), callIdPrefix);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("gateway", network.name());
        registration = context.registerService(TelephonyGateway.class, network, properties);
    }

    @Deactivate
    void deactivate() {
        network.close();
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework took the service down with the bundle
        }
        timeline.close();
    }

    static Scenario scenario(SimulatorConfig config) {
        Scenario.Builder scenario = Scenario.builder()
                .zone(ZoneId.of(config.zone()))
                .answerProbability(config.answer_probability())
                .ringTime(seconds(config.ring_minSeconds()), seconds(config.ring_maxSeconds()))
                .whenNotAnswered(config.notAnswered_busy(), config.notAnswered_noAnswer(), config.notAnswered_invalidNumber(), config.notAnswered_machine())
                .talkTime(Distribution.lognormal(seconds(config.talk_meanSeconds()), config.talk_cv()))
                .patience(Distribution.lognormal(seconds(config.patience_meanSeconds()), config.patience_cv()))
                .machineTime(Distribution.constant(seconds(config.machine_seconds())))
                .inboundPerHour(config.inbound_perHour())
                .queuePatience(Distribution.lognormal(seconds(config.inbound_patienceMeanSeconds()), 1.0))
                .inboundNumber(config.inbound_number())
                .agentEndsShare(config.inbound_agentEndsShare())
                .afterCallPatience(seconds(config.inbound_afterCallPatienceSeconds()))
                .defaultMessageLength(seconds(config.message_seconds()))
                .message("safe-harbor", seconds(config.message_seconds()));
        if (!config.answer_byHour().isBlank()) {
            double[] byHour = Arrays.stream(config.answer_byHour().split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
            scenario.answerProbabilityFrom(config.answer_firstHour(), byHour);
        }
        return scenario.build();
    }

    private static Path recordingsDirectory(SimulatorConfig config) {
        if (!config.recordings().isBlank()) return Path.of(config.recordings());
        return Path.of(System.getProperty("karaf.data", System.getProperty("java.io.tmpdir")), "recordings");
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
