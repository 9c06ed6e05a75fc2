package io.bpohub.benchmarks.billing;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.billing.RatingEngine;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * The B3 checksum: the exact sum of the charges of a fixed sample of CDRs (default 1,000,000), printed
 * as one JSON object. Runs must print the same total; any difference means rating changed.
 * <pre>java -cp target/benchmarks.jar io.bpohub.benchmarks.billing.B3Total [cdrs]</pre>
 */
public final class B3Total {
    static final long SEED = 20260301L;

    private B3Total() {
    }

    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        B3Data data = new B3Data(SEED);
        RatingEngine engine = new RatingEngine();
        Random random = new Random(SEED + 2);
        BigDecimal total = BigDecimal.ZERO;
        Map<io.bpohub.api.billing.ChargeType, Long> types = new EnumMap<>(io.bpohub.api.billing.ChargeType.class);
        long started = System.nanoTime();
        for (long i = 0; i < count; i++) {
            UsageRecord cdr = data.nextCdr(random, i);
            Charge charge = engine.rate(cdr, data.planOf(cdr));
            total = total.add(charge.amount());
            types.merge(charge.type(), 1L, Long::sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder byType = new StringBuilder();
        types.forEach((type, n) -> byType.append(byType.length() == 0 ? "" : ", ").append('"').append(type).append("\": ").append(n));
        System.out.println("{\"cdrs\": " + count + ", \"total\": \"" + total.toPlainString() + "\", \"charge_types\": {" + byType
                + "}, \"seconds_incl_generation\": " + Math.round(seconds * 10) / 10.0 + "}");
    }
}
