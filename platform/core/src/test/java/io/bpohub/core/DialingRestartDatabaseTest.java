package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AbandonTally;
import io.bpohub.api.dialer.AgentStateListener;
import io.bpohub.api.dialer.CallRecordListener;
import io.bpohub.api.dialer.CampaignPlan;
import io.bpohub.api.dialer.PastAnswer;
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
import io.bpohub.platform.services.DialingPolicy;
import io.bpohub.platform.services.DialingView;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.telephony.sim.Scenario;
import io.bpohub.telephony.sim.SimulatedNetwork;
import io.bpohub.telephony.sim.VirtualTimeline;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Campaigns being dialled are started again when the platform restarts, with their pacing strategy, under the
 * tenant's abandon rules and with the agents who had not left them (paused until ready); stopped, paused or closed
 * ones are not. The tenant's rules are stricter than the defaults
 * or refused naming the field, set by tenant admins only, and out of other tenants' reach.
 */
public class DialingRestartDatabaseTest {
    private static final String PREFIX = "bput_dlrs_";
    private static final String PW = "correct horse battery";
    private static PlatformSettings settings;
    private static final SimulatedNetwork NETWORK = new SimulatedNetwork(new VirtualTimeline(Instant.parse("2026-03-03T02:00:00Z")),
            Scenario.builder().build(), 1);

    /** A dialer that remembers which campaigns it was asked to run; the runs do nothing. */
    static final class RecordingDialer implements Dialer {
        final List<String> started = new CopyOnWriteArrayList<>();
        final List<CampaignPlan> plans = new CopyOnWriteArrayList<>();

        @Override
        public List<String> strategies() {
            return List.of("bpohub-forecast", "vicidial-adapt-tapered");
        }

        @Override
        public DialerRun start(CampaignPlan plan, TelephonyGateway gateway, NumberSupply numbers, CallRecordListener records,
                               AgentStateListener agentStates) {
            started.add(plan.campaignId() + " " + plan.mode() + " " + plan.strategy() + " " + plan.policy().limit().toPlainString());
            plans.add(plan);
            return new DialerRun() {
                CampaignPlan current = plan;
                public CampaignPlan plan() { return current; }
                public void follow(AbandonPolicy policy, java.util.function.Function<Instant, List<PastAnswer>> recordedSince) {
                    recordedSince.apply(Instant.now()); // the platform's records are readable here
                    current = new CampaignPlan(plan.campaignId(), plan.mode(), plan.callerId(), plan.zone(), policy, plan.strategy());
                    started.add("follow " + plan.campaignId() + " " + policy.limit().toPlainString());
                }
                public void login(String agentId, String endpoint, Duration wrapUp, java.util.Set<String> skills) {
                    started.add("login " + agentId + " " + endpoint);
                }
                public void enqueue(io.bpohub.api.dialer.QueuedCall call, io.bpohub.api.dialer.QueueListener listener) { }
                public void ready(String agentId) { }
                public void pause(String agentId, String reason) {
                    started.add("pause " + agentId + ": " + reason);
                }
                public void logout(String agentId) { }
                public void transfer(String agentId, String target) { }
                public void consult(String agentId, String target) { }
                public void release(String agentId) { }
                public void endConsultation(String agentId) { }
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
            platform.tenants().create(op, new NewTenant("dlrx", "Other", "UTC", "en-US", "USD", OperatingMode.IN_HOUSE));
            for (String slug : List.of("dlrs", "dlrx")) {
                platform.org().createUser(op, slug, new NewUser(slug + ".admin", "Admin", PW, Role.TENANT_ADMIN, null));
                long dept = platform.org().createUnit(op, slug, new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Sales", null)).id();
                platform.org().createUser(op, slug, new NewUser(slug + ".sup", "Sup", PW, Role.SUPERVISOR, dept));
                long team = platform.org().createUnit(op, slug, new NewOrgUnit(OrgUnitKind.TEAM, "North", dept)).id();
                platform.org().createUser(op, slug, new NewUser(slug + ".ana", "Ana", PW, Role.AGENT, team));
                platform.org().createUser(op, slug, new NewUser(slug + ".ben", "Ben", PW, Role.AGENT, team));
            }
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
            platform.dialing().start(op, "dlrs", "autumn", DialMode.PROGRESSIVE);
            platform.dialing().setPolicy(login(platform, "dlrs.admin"), "dlrs", new DialingPolicy(new BigDecimal("0.02"), 24, 30, 1500,
                    "safe-harbor-zh", 48, null, null));
            assertEquals("strategy", Refusals.invalid(() -> platform.dialing().start(op, "dlrs", "spring", DialMode.PREDICTIVE, "turbo")).field());
            assertEquals("strategy", Refusals.invalid(() -> platform.dialing().start(op, "dlrs", "spring", DialMode.PROGRESSIVE,
                    "vicidial-adapt-tapered")).field());
            platform.dialing().start(op, "dlrs", "spring", DialMode.PREDICTIVE, "vicidial-adapt-tapered");
            platform.dialing().start(op, "dlrs", "winter", DialMode.PREVIEW);
            platform.dialing().join(login(platform, "dlrs.ana"), "dlrs", "spring", "+447700900555"); // a remote agent
            platform.dialing().join(login(platform, "dlrs.ben"), "dlrs", "spring");
            platform.dialing().leave(login(platform, "dlrs.ben"), "dlrs");
            platform.dialing().join(login(platform, "dlrs.sup"), "dlrs", "winter");
            platform.dialing().stop(op, "dlrs", "winter");
            platform.campaigns().pause(op, "dlrs", "autumn");
            assertEquals("a campaign dials under the rules in force, from its start or their change", List.of("dlrs/autumn PROGRESSIVE null 0.03",
                    "follow dlrs/autumn 0.0200",
                    "dlrs/spring PREDICTIVE vicidial-adapt-tapered 0.0200", "dlrs/winter PREVIEW null 0.0200", "login dlrs.ana +447700900555",
                    "login dlrs.ben agent:dlrs/dlrs.ben", "login dlrs.sup agent:dlrs/dlrs.sup"), before.started);
            assertEquals(new BigDecimal("0.0200"), platform.dialing().board(op, "dlrs").stream().filter(v -> v.campaignKey().equals("spring"))
                    .findFirst().orElseThrow().abandonLimit());
        }
        RecordingDialer after = new RecordingDialer();
        try (Platform platform = start(after)) {
            // spring's calls while the platform was down for the count: 3 answered in the last day, one of them abandoned,
            // one abandoned 40 days ago (beyond the 30-day window), a machine, and an inbound caller who gave up in a queue
            Instant now = NETWORK.timeline().now(); // the windows end at the gateway's time
            platform.direct().in("dlrs", c -> {
                try (var st = c.prepareStatement("INSERT INTO cdr (started_at, talk_seconds, destination, handler, campaign_key, result, call_id, "
                        + "dial_mode, answered_at) VALUES (?, 0, '+8613800000000', 'IN_HOUSE', 'spring', ?, ?, ?, ?)")) {
                    Object[][] rows = {{"CONNECTED", "PREDICTIVE", now.minusSeconds(3600)}, {"CONNECTED", "PREDICTIVE", now.minusSeconds(600)},
                            {"ABANDONED", "PREDICTIVE", now.minusSeconds(300)}, {"ABANDONED", "PREDICTIVE", now.minus(Duration.ofDays(40))},
                            {"ANSWERING_MACHINE", "PREDICTIVE", now.minusSeconds(200)}, {"ABANDONED", "INBOUND", now.minusSeconds(100)}};
                    for (int i = 0; i < rows.length; i++) {
                        st.setTimestamp(1, java.sql.Timestamp.from((Instant) rows[i][2]));
                        st.setString(2, (String) rows[i][0]);
                        st.setString(3, "past-" + i);
                        st.setString(4, (String) rows[i][1]);
                        st.setTimestamp(5, java.sql.Timestamp.from((Instant) rows[i][2]));
                        st.executeUpdate();
                    }
                }
                return null;
            });
            assertEquals("only spring: winter was stopped, autumn is paused", 1, platform.dialing().resumeRunning());
            assertEquals("spring counts its answers of the last 30 days, one abandoned, in its abandon windows", List.of(3, 1),
                    List.of(after.plans.get(0).pastAnswers().size(), (int) after.plans.get(0).pastAnswers().stream().filter(PastAnswer::abandoned).count()));
            assertEquals("spring's agent who had not left is back in it, paused until ready", List.of("dlrs/spring PREDICTIVE vicidial-adapt-tapered 0.0200",
                    "login dlrs.ana +447700900555", "pause dlrs.ana: platform restarted: press Ready to take calls"), after.started);
            assertEquals("spring", platform.dialing().desk(login(platform, "dlrs.ana"), "dlrs").campaignKey());
            assertEquals("ben had left", null, platform.dialing().desk(login(platform, "dlrs.ben"), "dlrs").campaignKey());
            Caller op = platform.auth().operator("test");
            List<DialingView> board = platform.dialing().board(op, "dlrs");
            assertEquals(1, board.size());
            assertEquals(op.username(), board.get(0).startedBy());
            assertEquals("vicidial-adapt-tapered", board.get(0).strategy());
        }
        try (Platform platform = start(new RecordingDialer())) {
            assertEquals("the paused campaign was dropped from the list, spring is still on it", 1, platform.dialing().resumeRunning());
        }
    }

    @Test
    public void aTenantsAbandonRulesAreStricterThanTheDefaultsOrRefusedNamingTheFieldAndOtherTenantsCannotTouchThem() throws Exception {
        try (Platform platform = start(new RecordingDialer())) {
            Caller other = login(platform, "dlrx.admin");
            DialingPolicy defaults = platform.dialing().policy(other, "dlrx");
            assertEquals(new BigDecimal("0.03"), defaults.abandonLimit());
            assertEquals(List.of(24, 30, 2000, 72), List.of(defaults.shortWindowHours(), defaults.longWindowDays(), defaults.connectWithinMillis(),
                    defaults.noRedialHours()));
            assertEquals(null, defaults.updatedBy());

            DialingPolicy ok = new DialingPolicy(new BigDecimal("0.025"), 24, 30, 2000, "safe-harbor", 72, null, null);
            assertEquals("abandonLimit", Refusals.invalid(() -> platform.dialing().setPolicy(other, "dlrx", withLimit(ok, "0.05"))).field());
            assertEquals("abandonLimit", Refusals.invalid(() -> platform.dialing().setPolicy(other, "dlrx", withLimit(ok, "-0.01"))).field());
            assertEquals("longWindowDays", Refusals.invalid(() -> platform.dialing().setPolicy(other, "dlrx",
                    new DialingPolicy(ok.abandonLimit(), 48, 2, 2000, "safe-harbor", 72, null, null))).field());
            assertEquals("connectWithinMillis", Refusals.invalid(() -> platform.dialing().setPolicy(other, "dlrx",
                    new DialingPolicy(ok.abandonLimit(), 24, 30, 3000, "safe-harbor", 72, null, null))).field());
            assertEquals("safeHarborMessage", Refusals.invalid(() -> platform.dialing().setPolicy(other, "dlrx",
                    new DialingPolicy(ok.abandonLimit(), 24, 30, 2000, "Safe Harbor!", 72, null, null))).field());
            assertEquals("noRedialHours", Refusals.invalid(() -> platform.dialing().setPolicy(other, "dlrx",
                    new DialingPolicy(ok.abandonLimit(), 24, 30, 2000, "safe-harbor", -1, null, null))).field());
            assertEquals("a refused policy stores nothing", null, platform.dialing().policy(other, "dlrx").updatedBy());

            DialingPolicy saved = platform.dialing().setPolicy(other, "dlrx", ok);
            assertEquals(new BigDecimal("0.0250"), saved.abandonLimit());
            assertEquals("dlrx.admin", saved.updatedBy());
            Refusals.outOfReach(() -> platform.dialing().setPolicy(login(platform, "dlrx.sup"), "dlrx", ok)); // tenant admins and the agency only
            assertEquals("a supervisor reads the rules", new BigDecimal("0.0250"), platform.dialing().policy(login(platform, "dlrx.sup"), "dlrx")
                    .abandonLimit());
            Refusals.outOfReach(() -> platform.dialing().policy(other, "dlrs"));
            Refusals.outOfReach(() -> platform.dialing().setPolicy(other, "dlrs", ok));
            assertTrue("the other tenant's rules are its own", new BigDecimal("0.0250").compareTo(
                    platform.dialing().policy(login(platform, "dlrs.admin"), "dlrs").abandonLimit()) != 0);
        }
    }

    private static DialingPolicy withLimit(DialingPolicy p, String limit) {
        return new DialingPolicy(new BigDecimal(limit), p.shortWindowHours(), p.longWindowDays(), p.connectWithinMillis(), p.safeHarborMessage(),
                p.noRedialHours(), null, null);
    }

    private static Caller login(Platform platform, String name) {
        return platform.auth().authenticate(platform.auth().login(name, PW, "127.0.0.1").token(), "127.0.0.1");
    }
}
