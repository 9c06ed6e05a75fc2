package io.bpohub.core;

import io.bpohub.dialer.DialerComponent;
import io.bpohub.platform.services.Caller;
import io.bpohub.routing.hybrid.HybridRoutingService;
import io.bpohub.telephony.sim.RealTimeline;
import io.bpohub.telephony.sim.Scenario;
import io.bpohub.telephony.sim.SimulatedNetwork;
import java.nio.file.Files;

/**
 * A platform on a test database with the real dialer, the hybrid routing service and a simulated phone network on
 * the real clock: what database tests of live calls (inbound queues, the desk's call control) run against.
 */
final class SimulatedCallCenter implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";

    final RealTimeline timeline;
    final SimulatedNetwork network;
    final Platform platform;
    private final String prefix;
    private HybridRoutingService routing;

    /** Drops the databases of {@code prefix} first; the network's calls are ids {@code <callPrefix>n}, recordings in a temporary folder. */
    SimulatedCallCenter(String prefix, Scenario scenario, long seed, String callPrefix) throws Exception {
        this.prefix = prefix;
        TestDatabase.dropAll(prefix);
        timeline = new RealTimeline(callPrefix + "test");
        network = new SimulatedNetwork(timeline, scenario, seed, Files.createTempDirectory(callPrefix + "recordings"), callPrefix);
        DialerComponent dialer = new DialerComponent();
        platform = new Platform(TestDatabase.settings(prefix), Plugins.none().withDialing(() -> dialer, () -> network).withRouting(this::routing));
    }

    /** Made when the platform first asks, as the OSGi service would appear once the platform's calendars exist. */
    private synchronized HybridRoutingService routing() {
        if (routing == null) routing = new HybridRoutingService(platform.calendars());
        return routing;
    }

    Caller login(String username) {
        return platform.auth().authenticate(platform.auth().login(username, PASSWORD, "127.0.0.1").token(), "127.0.0.1");
    }

    @Override
    public void close() throws Exception {
        platform.close();
        network.close();
        timeline.close();
        TestDatabase.dropAll(prefix);
    }
}
