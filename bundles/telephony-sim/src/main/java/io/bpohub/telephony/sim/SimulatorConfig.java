package io.bpohub.telephony.sim;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * etc/io.bpohub.telephony.sim.cfg (optional; property names have dots for the underscores, e.g.
 * {@code answer.probability = 0.3}). A change restarts the simulator: live calls are hung up (party NETWORK).
 * The defaults are the benchmark's scenario S1.
 */
@ObjectClassDefinition(name = "BPO Hub telephony simulator", description = "The simulated phone network and its customers")
public @interface SimulatorConfig {
    @AttributeDefinition(description = "Seed of the simulated customers: the same seed and calls give the same outcomes")
    long seed() default 1;

    @AttributeDefinition(description = "Chance that a person answers, at every hour")
    double answer_probability() default 0.30;

    @AttributeDefinition(description = "Chances per hour from answer.firstHour on, comma-separated (e.g. 0.08,0.12,0.20); other hours keep answer.probability")
    String answer_byHour() default "";

    @AttributeDefinition(description = "The hour of day (0-23) of the first value of answer.byHour")
    int answer_firstHour() default 9;

    @AttributeDefinition(description = "IANA time zone of the hours above and of inbound arrivals by hour")
    String zone() default "UTC";

    @AttributeDefinition(description = "Shortest ring before an answer, seconds")
    double ring_minSeconds() default 5;

    @AttributeDefinition(description = "Longest ring before an answer, seconds")
    double ring_maxSeconds() default 25;

    @AttributeDefinition(description = "Share of calls no person answers that are busy")
    double notAnswered_busy() default 0.15;

    @AttributeDefinition(description = "Share of calls no person answers that ring until the timeout")
    double notAnswered_noAnswer() default 0.65;

    @AttributeDefinition(description = "Share of calls no person answers that go to invalid numbers")
    double notAnswered_invalidNumber() default 0.05;

    @AttributeDefinition(description = "Share of calls no person answers that an answering machine takes")
    double notAnswered_machine() default 0.15;

    @AttributeDefinition(description = "Mean talk time once connected to an agent, seconds (log-normal)")
    double talk_meanSeconds() default 90;

    @AttributeDefinition(description = "Coefficient of variation of the talk time")
    double talk_cv() default 1.0;

    @AttributeDefinition(description = "Mean time a person who answered waits for an agent before hanging up, seconds (log-normal)")
    double patience_meanSeconds() default 6;

    @AttributeDefinition(description = "Coefficient of variation of that patience")
    double patience_cv() default 0.5;

    @AttributeDefinition(description = "How long an answering machine stays on the line, seconds")
    double machine_seconds() default 30;

    @AttributeDefinition(description = "Inbound calls per hour (Poisson), 0 for none")
    double inbound_perHour() default 0;

    @AttributeDefinition(description = "Mean time an inbound caller waits for an agent before hanging up, seconds (log-normal, cv 1)")
    double inbound_patienceMeanSeconds() default 60;

    @AttributeDefinition(description = "The number inbound callers dial (E.164)")
    String inbound_number() default "+18005550100";

    @AttributeDefinition(description = "Share of inbound conversations the agent ends first: the caller stays on the line (UNBRIDGED), e.g. for a survey")
    double inbound_agentEndsShare() default 0.5;

    @AttributeDefinition(description = "How long an inbound caller stays on the line after the agent left, seconds, not counting messages and digit collections")
    double inbound_afterCallPatienceSeconds() default 30;

    @AttributeDefinition(description = "How long a recorded message (e.g. safe-harbor) plays, seconds")
    double message_seconds() default 4;

    @AttributeDefinition(description = "Directory of call recordings (WAV); default ${karaf.data}/recordings")
    String recordings() default "";
}
