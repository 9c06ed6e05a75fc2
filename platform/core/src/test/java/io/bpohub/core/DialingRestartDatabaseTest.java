package io.bpohub.core;

import static org.junit.Assert.assertEquals;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AbandonTally;
import io.bpohub.api.dialer.AgentStateListener;
import io.bpohub.api.dialer.CallRecordListener;
import io.bpohub.api.dialer.CampaignPlan;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.Dialer;
import io.bpohub.api.dialer.DialerRun;
import io.bpohub.api.dialer.DurationSample;
import io.bpohub.api.dialer.NumberSupply;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.DialingView;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.telephony.sim.Scenario;
import io.bpohub.telephony.sim.SimulatedNetwork;
import io.bpohub.telephony.sim.VirtualTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Campaigns being dialled are started again when the platform restarts; stopped, paused or closed ones are not. */
public class DialingRestartDatabaseTest {
    private static final String PREFIX = "bput_dlrs_";
    private static PlatformSettings settings;
    private static final SimulatedNetwork NETWORK = new SimulatedNetwork(new VirtualTimeline(Instant.parse("2026-03-03T02:00:00Z")),
            Scenario.builder().build(), 1);

    /** A dialer that remembers which campaigns it was asked to run; the runs do nothing. */
    static final class RecordingDialer implements Dialer {
        final List<String> started = new CopyOnWriteArrayList<>();

        @Override
        public DialerRun start(CampaignPlan plan, TelephonyGateway gateway, NumberSupply numbers, CallRecordListener records,
                               AgentStateListener agentStates) {
            started.add(plan.campaignId() + " " + plan.mode());
            return new DialerRun() {
                public CampaignPlan plan() { return plan; }
                public void login(String agentId, String endpoint, Duration wrapUp, java.util.Set<String> skills) { }
                public void enqueue(io.bpohub.api.dialer.QueuedCall call, io.bpohub.api.dialer.QueueListener listener) { }
                public void ready(String agentId) { }
                public void pause(String agentId, String reason) { }
                public void logout(String agentId) { }
                public PacingSnapshot snapshot() {
                    return PacingSnapshot.builder().now(Instant.now()).policy(AbandonPolicy.DEFAULT)
                            .times(DurationSample.EMPTY, DurationSample.EMPTY, DurationSample.EMPTY, 0)
                            .tallies(0, AbandonTally.NONE, AbandonTally.NONE, AbandonTally.NONE).build();
                }
                public void close() { }
            };
        }
    }

    private static Platform start(RecordingDialer dialer) {
        return new Platform(settings, Plugins.none().withDialing(() -> dialer, () -> NETWORK));
    }

    @BeforeClass
    public static void setUp() throws Exception {
        TestDatabase.dropAll(PREFIX);
        settings = TestDatabase.settings(PREFIX);
        try (Platform platform = start(new RecordingDialer())) {
            Caller op = platform.auth().operator("test");
            platform.tenants().create(op, new NewTenant("dlrs", "Dial restart", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.IN_HOUSE));
            for (String key : List.of("spring", "autumn", "winter")) {
                platform.campaigns().create(op, "dlrs", key, new CampaignSpec(key, CampaignKind.OUTBOUND_SALES, null, LocalDate.of(2026, 1, 1),
                        null, null, List.of(), null, null, null, null));
            }
        }
    }

    @AfterClass
    public static void tearDown() throws Exception {
        TestDatabase.dropAll(PREFIX);
    }

    @Test
    public void campaignsBeingDialledStartAgainAfterARestartWithTheirModeAndWhoStartedThem() throws Exception {
        RecordingDialer before = new RecordingDialer();
        try (Platform platform = start(before)) {
            Caller op = platform.auth().operator("test");
            platform.dialing().start(op, "dlrs", "spring", DialMode.PREDICTIVE);
            platform.dialing().start(op, "dlrs", "autumn", DialMode.PROGRESSIVE);
            platform.dialing().start(op, "dlrs", "winter", DialMode.PREVIEW);
            platform.dialing().stop(op, "dlrs", "winter");
            platform.campaigns().pause(op, "dlrs", "autumn");
            assertEquals(List.of("dlrs/spring PREDICTIVE", "dlrs/autumn PROGRESSIVE", "dlrs/winter PREVIEW"), before.started);
        }
        RecordingDialer after = new RecordingDialer();
        try (Platform platform = start(after)) {
            assertEquals("only spring: winter was stopped, autumn is paused", 1, platform.dialing().resumeRunning());
            assertEquals(List.of("dlrs/spring PREDICTIVE"), after.started);
            Caller op = platform.auth().operator("test");
            List<DialingView> board = platform.dialing().board(op, "dlrs");
            assertEquals(1, board.size());
            assertEquals(op.username(), board.get(0).startedBy());
        }
        try (Platform platform = start(new RecordingDialer())) {
            assertEquals("the paused campaign was dropped from the list, spring is still on it", 1, platform.dialing().resumeRunning());
        }
    }
}
