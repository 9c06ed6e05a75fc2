package io.bpohub.benchmarks.dialer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.telephony.sim.Distribution;
import io.bpohub.telephony.sim.Scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** ../shared/bench/b1-scenarios.json, read as it is: every number of the benchmark comes from there. */
record B1Config(int days, int dialingHours, LocalTime dayStart, BigDecimal abandonLimit, Duration connectWithin,
                Duration ringMin, Duration ringMax, List<Long> seeds, List<Spec> scenarios, double busy, double noAnswer,
                double invalidNumber, double answeringMachine) {

    /** One scenario: its agents, answer probability (one value, or one per dialing hour from the day's start), talk and wrap-up. */
    record Spec(String id, int agents, double[] answerByHour, double talkMeanSeconds, double talkCv, double wrapSeconds) {
        Scenario scenario(B1Config config, ZoneId zone) {
            Scenario.Builder builder = Scenario.builder().zone(zone)
                    .ringTime(config.ringMin(), config.ringMax())
                    .whenNotAnswered(config.busy(), config.noAnswer(), config.invalidNumber(), config.answeringMachine())
                    .talkTime(Distribution.lognormal(Duration.ofMillis(Math.round(talkMeanSeconds * 1000)), talkCv));
            return (answerByHour.length == 1 ? builder.answerProbability(answerByHour[0])
                    : builder.answerProbabilityFrom(config.dayStart().getHour(), answerByHour)).build();
        }

        Duration wrapUp() {
            return Duration.ofMillis(Math.round(wrapSeconds * 1000));
        }
    }

    static B1Config read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Long> seeds = new ArrayList<>();
        root.get("seeds").forEach(seed -> seeds.add(seed.asLong()));
        List<Spec> specs = new ArrayList<>();
        for (JsonNode s : root.get("scenarios")) {
            JsonNode talk = s.get("talk_s");
            if (!"lognormal".equals(talk.get("dist").asText())) throw new IllegalArgumentException("talk times: only lognormal is known, not " + talk);
            double[] answer = s.has("answer_probability") ? new double[]{s.get("answer_probability").asDouble()}
                    : toArray(s.get("answer_probability_by_hour"));
            specs.add(new Spec(s.get("id").asText(), s.get("agents").asInt(), answer, talk.get("mean").asDouble(),
                    talk.get("cv").asDouble(), s.get("wrap_s").asDouble()));
        }
        JsonNode ring = root.get("ring_s");
        JsonNode other = root.get("outcomes_when_not_answered");
        return new B1Config(root.get("days").asInt(), root.get("dialing_hours_per_day").asInt(),
                LocalTime.parse(root.get("day_start_local").asText()), new BigDecimal(root.get("abandon_limit").asText()),
                Duration.ofMillis(Math.round(root.get("connect_within_s").asDouble() * 1000)),
                Duration.ofSeconds(ring.get("min").asLong()), Duration.ofSeconds(ring.get("max").asLong()), seeds, specs,
                other.get("busy").asDouble(), other.get("no_answer").asDouble(), other.get("invalid_number").asDouble(),
                other.get("answering_machine").asDouble());
    }

    AbandonPolicy policy() {
        AbandonPolicy defaults = AbandonPolicy.DEFAULT;
        return new AbandonPolicy(abandonLimit, defaults.shortWindow(), defaults.longWindow(), connectWithin,
                defaults.safeHarborMessage(), defaults.noRedialAfterAbandon());
    }

    private static double[] toArray(JsonNode values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) array[i] = values.get(i).asDouble();
        return array;
    }
}
