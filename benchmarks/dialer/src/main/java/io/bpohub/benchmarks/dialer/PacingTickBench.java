package io.bpohub.benchmarks.dialer;

import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.PacingStrategy;
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

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import com.sun.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of one pacing tick for many running campaigns: the B1 scenarios' campaigns (in turn, up to the count)
 * dial on one virtual clock with the project's strategy; once a second of that clock, each strategy computes its
 * decision for every campaign from the campaign's live snapshot (its own pacer per campaign, fed every tick), timed
 * on the wall clock. The snapshot's making is part of the measured tick. After a warm-up, p50, p99 and max of the
 * time for all campaigns, per strategy, on the wall clock and in the thread's CPU time, how many ticks took 50 ms or
 * more (the goal) and how many a garbage collection fell in, with the JVM's options (run.sh runs it with the
 * platform's JVM options, then with a low-pause collector added).
 */
final class PacingTickBench {
    private static final Duration WARM_UP = Duration.ofMinutes(15);
    private static final Duration MEASURED = Duration.ofMinutes(30);
    /** The goal for one tick of 200 campaigns. */
    private static final long GOAL_NANOS = 50_000_000;

    static List<Map<String, Object>> run(B1Config config, int campaigns) {
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        VirtualTimeline timeline = new VirtualTimeline(start);
        List<CampaignDialer> dialers = new ArrayList<>();
        int agentsTotal = 0;
        for (int c = 0; c < campaigns; c++) {
            B1Config.Spec spec = config.scenarios().get(c % config.scenarios().size());
            SimulatedNetwork network = new SimulatedNetwork(timeline, spec.scenario(config, ZoneOffset.UTC), c,
                    Path.of(System.getProperty("java.io.tmpdir")), "c" + c + "-");
            AgentPool agents = new AgentPool(timeline);
            for (int i = 0; i < spec.agents(); i++) agents.login("a" + i, "sip:a" + i, spec.wrapUp());
            agentsTotal += spec.agents();
            CampaignDialer dialer = new CampaignDialer(CampaignSettings.of("campaign-" + c, DialMode.PREDICTIVE, ZoneOffset.UTC),
                    network, agents, InMemoryNumberSupply.endless(), new ForecastPacing(), config.policy(), record -> { });
            dialer.start();
            dialers.add(dialer);
        }
        List<PacingStrategy> strategies = List.of(new ProgressivePacing(), new VicidialAdaptHardLimit(), new VicidialAdaptTapered(), new ForecastPacing());
        List<CampaignPacer[]> pacers = new ArrayList<>();
        for (PacingStrategy strategy : strategies) {
            CampaignPacer[] perCampaign = new CampaignPacer[campaigns];
            for (int c = 0; c < campaigns; c++) perCampaign[c] = strategy.newPacer("campaign-" + c, ZoneOffset.UTC);
            pacers.add(perCampaign);
        }
        int rounds = (int) MEASURED.toSeconds();
        long[][] nanos = new long[strategies.size()][rounds];
        long[][] cpuNanos = new long[strategies.size()][rounds];
        long[][] allocated = new long[strategies.size()][rounds];
        boolean[][] collected = new boolean[strategies.size()][rounds];
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long firstRound = WARM_UP.toSeconds();
        for (long second = 0; second < firstRound + rounds; second++) {
            int round = (int) (second - firstRound);
            // half a second after the dialers' own ticks
            timeline.schedule(start.plusMillis(second * 1000 + 500), () -> {
                for (int k = 0; k < strategies.size(); k++) {
                    CampaignPacer[] perCampaign = pacers.get(k);
                    long collections = collections();
                    long cpuBegan = threads.getCurrentThreadCpuTime();
                    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                    long began = System.nanoTime();
                    // pacers keep state from every snapshot, so their work cannot be optimised away
                    for (int c = 0; c < campaigns; c++) perCampaign[c].callsToPlace(dialers.get(c).snapshot());
                    if (round >= 0) {
                        nanos[k][round] = System.nanoTime() - began;
                        cpuNanos[k][round] = threads.getCurrentThreadCpuTime() - cpuBegan;
                        allocated[k][round] = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
                        collected[k][round] = collections() != collections;
                    }
                }
            });
        }
        timeline.runUntil(start.plus(WARM_UP).plus(MEASURED).plusSeconds(1));

        List<Map<String, Object>> lines = new ArrayList<>();
        for (int k = 0; k < strategies.size(); k++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("measure", "pacing_tick");
            line.put("strategy", strategies.get(k).name());
            line.put("campaigns", campaigns);
            line.put("agents", agentsTotal);
            percentiles(line, "", nanos[k]);
            line.put("ticks_measured", rounds);
            // the wall clock also counts the time the thread waits for a core on this shared machine and garbage
            // collections (mostly of the simulated network's garbage); the thread's CPU time counts neither
            percentiles(line, "cpu_", cpuNanos[k]);
            // what a tick allocates (snapshots, the strategy's own work) adds to how often the collector runs
            long[] bytes = allocated[k].clone();
            Arrays.sort(bytes);
            line.put("allocated_kb_p50", B1.round(bytes[rounds / 2] / 1024.0, 1));
            // a collection pauses every thread: which ticks one fell in, and the longest of the others
            int withGc = 0;
            int overGoal = 0;
            long longestWithout = 0;
            for (int r = 0; r < rounds; r++) {
                if (nanos[k][r] >= GOAL_NANOS) overGoal++;
                if (collected[k][r]) withGc++;
                else longestWithout = Math.max(longestWithout, nanos[k][r]);
            }
            line.put("ticks_with_gc", withGc);
            line.put("max_ms_without_gc", B1.round(longestWithout / 1e6, 3));
            line.put("ticks_over_50_ms", overGoal);
            line.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
            line.put("jvm_options", ManagementFactory.getRuntimeMXBean().getInputArguments());
            line.put("includes", "snapshot of each campaign + the strategy's decision, one thread");
            lines.add(line);
        }
        return lines;
    }

    private static void percentiles(Map<String, Object> line, String prefix, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        line.put(prefix + "p50_ms", B1.round(sorted[sorted.length / 2] / 1e6, 3));
        line.put(prefix + "p99_ms", B1.round(sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, 3));
        line.put(prefix + "max_ms", B1.round(sorted[sorted.length - 1] / 1e6, 3));
    }

    /** Garbage collections of the process so far, of every collector. */
    private static long collections() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) count += Math.max(0, gc.getCollectionCount());
        return count;
    }
}
