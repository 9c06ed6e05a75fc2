package io.bpohub.benchmarks.billing;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.billing.RatingEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Random;

/**
 * B3, mode "memory": rating one CDR with its tenant's plan, in memory (no persistence). CDRs are
 * generated beforehand (2^18 of them, more than the caches hold) so that the benchmark measures
 * rating, not the generator; every plan is compiled before measuring.
 */
@State(Scope.Benchmark)
public class RatingBenchmark {
    private static final int CDRS = 1 << 18;

    private RatingEngine engine;
    private UsageRecord[] cdrs;
    private RatePlan[] plans;

    @Setup(Level.Trial)
    public void load() {
        B3Data data = new B3Data(B3Total.SEED);
        engine = new RatingEngine();
        Random random = new Random(B3Total.SEED + 1);
        cdrs = new UsageRecord[CDRS];
        plans = new RatePlan[CDRS];
        for (int i = 0; i < CDRS; i++) {
            cdrs[i] = data.nextCdr(random, i);
            plans[i] = data.planOf(cdrs[i]);
            engine.rate(cdrs[i], plans[i]);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public Charge rate(Cursor cursor) {
        int i = cursor.next++ & (CDRS - 1);
        return engine.rate(cdrs[i], plans[i]);
    }
}
