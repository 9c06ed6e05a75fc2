package io.bpohub.api.dialer;

import io.bpohub.api.telephony.TelephonyGateway;

/**
 * Runs campaigns' outbound dialing on a telephony gateway: the dialer bundle's OSGi service. The platform gives it
 * the numbers (cadence, calling hours, do-not-call lists) and receives every call's record and every agent state
 * change; the dialer paces the calls, connects answered ones to agents and keeps the abandon rules.
 */
public interface Dialer {
    /**
     * Starts dialing a campaign at once. Calls run on the gateway's timeline; the listeners are called there.
     *
     * @throws IllegalArgumentException the plan names a pacing strategy that is not deployed
     */
    DialerRun start(CampaignPlan plan, TelephonyGateway gateway, NumberSupply numbers, CallRecordListener records,
                    AgentStateListener agentStates);

    /** The names of the pacing strategies a predictive plan may name now, sorted. */
    default java.util.List<String> strategies() {
        return java.util.List.of();
    }
}
