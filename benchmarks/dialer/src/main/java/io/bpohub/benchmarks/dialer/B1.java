package io.bpohub.benchmarks.dialer;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * B1, predictive pacing on the virtual clock (../shared/BENCHMARKS.md): every scenario × seed × strategy of
 * b1-scenarios.json side by side, then the pacing tick of 200 running campaigns. One JSON line per (scenario,
 * strategy) — means over the seeds, except abandon_worst_24h, the worst window of any seed — and one per strategy
 * for the tick, to stdout and to the output file.
 * <p>
 * Usage: {@code java -jar benchmarks.jar SCENARIOS_JSON OUTPUT_JSONL [--threads=N] [--days=N] [--seeds=1,2]
 * [--scenarios=S1,S4] [--strategies=a,b] [--tick-campaigns=200] [--no-tick] [--no-pacing]}; fewer days or seeds are for
 * quick looks, the committed results use the file's values. {@code --no-pacing} runs the tick alone, e.g. to compare
 * the JVM's collectors on it.
 */
public final class B1 {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) throw new IllegalArgumentException("usage: B1 SCENARIOS_JSON OUTPUT_JSONL [options]");
        Map<String, String> options = Arrays.stream(args).skip(2).map(a -> a.replaceFirst("^--", "").split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : "true"));
        B1Config file = B1Config.read(Path.of(args[0]));
        B1Config config = new B1Config(Integer.parseInt(options.getOrDefault("days", String.valueOf(file.days()))),
                file.dialingHours(), file.dayStart(), file.abandonLimit(), file.connectWithin(), file.ringMin(), file.ringMax(),
                options.containsKey("seeds") ? Arrays.stream(options.get("seeds").split(",")).map(Long::valueOf).toList() : file.seeds(),
                file.scenarios().stream().filter(s -> !options.containsKey("scenarios")
                        || List.of(options.get("scenarios").split(",")).contains(s.id())).toList(),
                file.busy(), file.noAnswer(), file.invalidNumber(), file.answeringMachine());
        List<String> strategies = options.containsKey("strategies") ? List.of(options.get("strategies").split(",")) : CampaignRun.STRATEGIES;
        int threads = Integer.parseInt(options.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));

        List<Map<String, Object>> lines = new ArrayList<>();
        if (!options.containsKey("no-pacing")) lines.addAll(pacing(config, strategies, threads));
        if (!options.containsKey("no-tick")) {
            for (Map<String, Object> line : PacingTickBench.run(config, Integer.parseInt(options.getOrDefault("tick-campaigns", "200")))) {
                System.out.println(JSON.writeValueAsString(line));
                lines.add(line);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> line : lines) out.append(JSON.writeValueAsString(line)).append('\n');
        Files.createDirectories(Path.of(args[1]).toAbsolutePath().getParent());
        Files.writeString(Path.of(args[1]), out);
    }

    private static List<Map<String, Object>> pacing(B1Config config, List<String> strategies, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<String, List<Future<CampaignRun.Result>>> runs = new LinkedHashMap<>();
        for (B1Config.Spec spec : config.scenarios()) {
            for (String strategy : strategies) {
                List<Future<CampaignRun.Result>> seeds = new ArrayList<>();
                for (long seed : config.seeds()) seeds.add(pool.submit(() -> CampaignRun.run(config, spec, seed, strategy)));
                runs.put(spec.id() + "/" + strategy, seeds);
            }
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        Map<String, Double> progressiveTalk = new LinkedHashMap<>();
        try {
            for (List<Future<CampaignRun.Result>> seeds : runs.values()) {
                List<CampaignRun.Result> results = new ArrayList<>();
                for (Future<CampaignRun.Result> seed : seeds) results.add(seed.get());
                Map<String, Object> line = summary(config, results, progressiveTalk);
                System.out.println(JSON.writeValueAsString(line));
                lines.add(line);
            }
        } finally {
            pool.shutdownNow();
        }
        return lines;
    }

    /** Means over the seeds; the worst 24 h window of any seed; the predictive gain against progressive in the same scenario. */
    private static Map<String, Object> summary(B1Config config, List<CampaignRun.Result> results, Map<String, Double> progressiveTalk) {
        CampaignRun.Result first = results.get(0);
        double talk = mean(results, CampaignRun.Result::talkSecondsPerAgentHour);
        if (first.strategy().equals("progressive")) progressiveTalk.put(first.scenario(), talk);
        double worst = results.stream().mapToDouble(CampaignRun.Result::worst24h).max().orElse(0);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("scenario", first.scenario());
        line.put("strategy", first.strategy());
        line.put("agents", first.agents());
        line.put("occupancy", round(mean(results, CampaignRun.Result::occupancy), 4));
        line.put("wait_s_mean", round(mean(results, CampaignRun.Result::waitSeconds), 2));
        line.put("connects_per_agent_hour", round(mean(results, CampaignRun.Result::connectsPerAgentHour), 3));
        line.put("abandon_worst_24h", round(worst, 5));
        line.put("abandon_30d", round(mean(results, CampaignRun.Result::abandon30d), 5));
        line.put("aggregate", "mean over seeds; abandon_worst_24h is the worst window of any seed");
        line.put("seeds", results.stream().map(CampaignRun.Result::seed).toList());
        line.put("days", config.days());
        line.put("occupancy_by_seed", results.stream().map(r -> round(r.occupancy(), 4)).toList());
        line.put("talk_s_per_agent_hour", round(talk, 1));
        Double progressive = progressiveTalk.get(first.scenario());
        if (progressive != null) line.put("predictive_gain_talk_s_per_agent_hour", round(talk - progressive, 1));
        line.put("connected", results.stream().mapToLong(CampaignRun.Result::connected).sum());
        line.put("abandoned", results.stream().mapToLong(CampaignRun.Result::abandoned).sum());
        line.put("failed", worst > config.abandonLimit().doubleValue());
        return line;
    }

    private static double mean(List<CampaignRun.Result> results, ToDoubleFunction<CampaignRun.Result> metric) {
        return results.stream().mapToDouble(metric).average().orElse(0);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
