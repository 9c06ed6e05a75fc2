package io.bpohub.benchmarks.routing;

import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.routing.hybrid.HybridRoutingService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.util.Random;

/**
 * B4: routing decisions with N tenants' calendars loaded. Every tenant is hybrid with both overflow
 * rules, so every decision evaluates a calendar and builds its explanation (the most expensive path).
 * Questions are drawn beforehand (random tenant, random instant of 2026, agent available 90 %, wait
 * 0–40 s) so that the benchmark measures the decision, not the random generator.
 */
@State(Scope.Benchmark)
public class RoutingBenchmark {
    private static final int QUESTIONS = 1 << 16;

    @Param({"1000"})
    public int tenants;

    private HybridRoutingService service;
    private RoutingQuestion[] questions;

    @Setup(Level.Trial)
    public void load() {
        Random random = new Random(4);
        InMemoryRoutingData data = new InMemoryRoutingData();
        for (int t = 0; t < tenants; t++) {
            data.put("tenant-" + t, B4Calendars.calendar(random, "tenant-" + t),
                    new RoutingPolicy(OperatingMode.HYBRID, 30, true, false));
        }
        service = new HybridRoutingService(data);
        long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        questions = new RoutingQuestion[QUESTIONS];
        for (int i = 0; i < QUESTIONS; i++) {
            questions[i] = new RoutingQuestion("tenant-" + random.nextInt(tenants), null,
                    Instant.ofEpochSecond(start + (long) (random.nextDouble() * 365 * 86_400)),
                    random.nextInt(10) > 0, random.nextInt(41));
        }
        for (int t = 0; t < tenants; t++) { // compile every calendar before measuring
            service.decide(new RoutingQuestion("tenant-" + t, null, Instant.ofEpochSecond(start), true, 0));
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public RoutingDecision decide(Cursor cursor) {
        RoutingQuestion question = questions[cursor.next++ & (QUESTIONS - 1)];
        return service.decide(question);
    }
}
