package io.bpohub.platform.services;

import java.util.List;
import java.util.Set;

/**
 * A tenant's inbound calls: its numbers (assigned by the agency: {@code tenant:write} at the agency), its inbound
 * plan (queues and IVR tree, editable by the tenant's managers with {@code campaign:write}, readable with
 * {@code campaign:read}), its agents' skills (team leads and above, {@code assignment:write}) and the calls in
 * progress ({@code report:read}). Queues hand calls to the agents working the queue's campaign
 * ({@link DialingService#start} in mode INBOUND, or any mode for blended work).
 */
public interface InboundService {
    List<InboundNumberView> numbers(Caller caller, String tenant);

    InboundNumberView assignNumber(Caller caller, String tenant, String number);

    void releaseNumber(Caller caller, String tenant, String number);

    /** The plan in force (the newest revision). */
    InboundPlanView plan(Caller caller, String tenant);

    /** Validates and saves a new revision; a plan that does not validate is refused naming the field, and nothing is saved. */
    InboundPlanView savePlan(Caller caller, String tenant, String document);

    Set<String> skills(Caller caller, String tenant, String agent);

    /** Replaces the agent's skills in the tenant; they apply from the agent's next join. */
    Set<String> setSkills(Caller caller, String tenant, String agent, Set<String> skills);

    List<InboundCallView> live(Caller caller, String tenant);

    /** Each queue of the plan in force today: waiting now, service level, average speed of answer, abandons ({@code report:read}). */
    List<QueueToday> queues(Caller caller, String tenant);
}
