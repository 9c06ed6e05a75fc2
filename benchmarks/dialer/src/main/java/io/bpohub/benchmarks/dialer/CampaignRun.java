package io.bpohub.benchmarks.dialer;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.dialer.AbandonWindows;
import io.bpohub.dialer.AgentPool;
import io.bpohub.dialer.CampaignDialer;
import io.bpohub.dialer.CampaignSettings;
import io.bpohub.dialer.InMemoryNumberSupply;
import io.bpohub.dialer.pacing.ForecastPacing;
import io.bpohub.dialer.pacing.ProgressivePacing;
import io.bpohub.dialer.pacing.VicidialAdaptHardLimit;
import io.bpohub.dialer.pacing.VicidialAdaptTapered;
import io.bpohub.telephony.sim.SimulatedNetwork;
import io.bpohub.telephony.sim.VirtualTimeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One B1 run: a scenario's agents dial a campaign on the simulated network for the configured days, one dialing
 * period a day, with one strategy and one seed. Agents log in when dialing starts and log out after it stops, once
 * the calls still in flight are done.
 */
final class CampaignRun {
    static final List<String> STRATEGIES = List.of(ProgressivePacing.NAME, VicidialAdaptHardLimit.NAME, VicidialAdaptTapered.NAME,
            ForecastPacing.NAME, KnownFreeTimesPacing.NAME, "clairvoyant");
    private static final ZoneId ZONE = ZoneOffset.UTC;
    /** A Monday; the scenarios have no weekday effects, so every day is a dialing day. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    /** What one run measured. */
    record Result(String scenario, String strategy, long seed, int agents, double occupancy, double waitSeconds,
                  double connectsPerAgentHour, double talkSecondsPerAgentHour, double worst24h, double abandon30d,
                  long connected, long abandoned, long liveAnswered) {
    }

    static Result run(B1Config config, B1Config.Spec spec, long seed, String strategyName) {
        Instant start = FIRST_DAY.atTime(config.dayStart()).atZone(ZONE).toInstant();
        VirtualTimeline timeline = new VirtualTimeline(start);
        SimulatedNetwork network = new SimulatedNetwork(timeline, spec.scenario(config, ZONE), seed);
        AgentPool agents = new AgentPool(timeline);
        AgentClock clock = new AgentClock();
        agents.listen(clock);
        List<CallRecord> answered = new ArrayList<>();
        long[] connected = {0};
        DialMode mode = strategyName.equals(ProgressivePacing.NAME) ? DialMode.PROGRESSIVE : DialMode.PREDICTIVE;
        CampaignSettings settings = CampaignSettings.of(spec.id(), mode, ZONE).withDialingEnds(config.dayStart().plusHours(config.dialingHours()));
        CampaignDialer dialer = new CampaignDialer(settings, network, agents, InMemoryNumberSupply.endless(),
                strategy(strategyName, network, spec, config, settings.ringTimeout()), config.policy(), record -> {
            if (record.outcome() == CallOutcome.CONNECTED) connected[0]++;
            if (record.outcome().isLiveAnswer()) answered.add(record);
        });

        List<String> agentIds = new ArrayList<>();
        for (int i = 0; i < spec.agents(); i++) agentIds.add("agent-" + i);
        Duration dialing = Duration.ofHours(config.dialingHours());
        for (int day = 0; day < config.days(); day++) {
            Instant opens = start.plus(Duration.ofDays(day));
            timeline.schedule(opens, () -> {
                agentIds.forEach(id -> agents.login(id, "sip:" + id, spec.wrapUp()));
                dialer.start();
            });
            timeline.schedule(opens.plus(dialing), () -> {
                dialer.stop();
                logOutWhenDone(timeline, agents, dialer, agentIds);
            });
        }
        Instant lastClose = start.plus(Duration.ofDays(config.days() - 1)).plus(dialing);
        timeline.runUntil(lastClose.plus(Duration.ofHours(2)));

        long abandoned = answered.stream().filter(r -> r.outcome() == CallOutcome.ABANDONED).count();
        double hours = clock.loggedInHours();
        double talkSeconds = answered.stream().filter(r -> r.outcome() == CallOutcome.CONNECTED)
                .mapToLong(r -> Duration.between(r.connectedAt(), r.endedAt()).toMillis()).sum() / 1000.0;
        return new Result(spec.id(), strategyName, seed, spec.agents(), clock.occupancy(), clock.meanWaitSeconds(),
                connected[0] / hours, talkSeconds / hours,
                AbandonWindows.worstRate(answered, Duration.ofHours(24), lastClose),
                answered.isEmpty() ? 0 : (double) abandoned / answered.size(), connected[0], abandoned, answered.size());
    }

    private static PacingStrategy strategy(String name, SimulatedNetwork network, B1Config.Spec spec, B1Config config, Duration ringTimeout) {
        return switch (name) {
            case ProgressivePacing.NAME -> new ProgressivePacing();
            case VicidialAdaptHardLimit.NAME -> new VicidialAdaptHardLimit();
            case VicidialAdaptTapered.NAME -> new VicidialAdaptTapered();
            case ForecastPacing.NAME -> new ForecastPacing();
            case KnownFreeTimesPacing.NAME -> new KnownFreeTimesPacing(network, ringTimeout, spec.wrapUp());
            case "clairvoyant" -> new ClairvoyantPacing(network, ringTimeout, spec.wrapUp(), config.connectWithin());
            default -> throw new IllegalArgumentException("unknown strategy " + name + "; known: " + STRATEGIES);
        };
    }

    /** After dialing stops: every second, agents who are ready log out once no call is left that may need them. */
    private static void logOutWhenDone(VirtualTimeline timeline, AgentPool agents, CampaignDialer dialer, List<String> agentIds) {
        boolean callsLeft = dialer.callsInFlight() > 0;
        boolean anyoneIn = false;
        for (String id : agentIds) {
            AgentState state = agents.state(id);
            if (!callsLeft && state == AgentState.READY) agents.logout(id);
            else if (state != AgentState.LOGGED_OUT) anyoneIn = true;
        }
        if (anyoneIn) timeline.schedule(timeline.now().plusSeconds(1), () -> logOutWhenDone(timeline, agents, dialer, agentIds));
    }
}
