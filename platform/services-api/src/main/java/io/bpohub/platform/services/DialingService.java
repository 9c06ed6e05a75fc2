package io.bpohub.platform.services;

import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.telephony.MonitorMode;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Outbound dialing of a tenant's campaigns on the installation's telephony gateway, and the agents working them.
 * Starting and stopping needs {@code campaign:write}; the board {@code report:read}; an agent joins a campaign
 * with {@code workflow:write} and works it from the desktop (ready, pause, leave); team leads and above force an
 * agent of their part of the tree into a state or out of the campaign. An agent on a call holds, transfers (directly or after
 * consulting the target) or conferences it from the desk. Each call's CDR and what it does to the
 * contact are stored when the call ends.
 */
public interface DialingService {
    /** Starts dialing with the dialer's own pacing. */
    default DialingView start(Caller caller, String tenant, String campaignKey, DialMode mode) {
        return start(caller, tenant, campaignKey, mode, null);
    }

    /**
     * Starts dialing under the tenant's {@link #policy}; {@code strategy} names the pacing strategy of a predictive
     * campaign among {@link #strategies} (null: the dialer's own), and is refused for other modes.
     */
    DialingView start(Caller caller, String tenant, String campaignKey, DialMode mode, String strategy);

    /** The pacing strategies deployed now, by name. */
    List<String> strategies(Caller caller, String tenant);

    /** The tenant's rules for abandoned calls ({@code campaign:read}); the platform's defaults until set. */
    DialingPolicy policy(Caller caller, String tenant);

    /**
     * Sets the tenant's rules for abandoned calls (tenant admins and the agency): campaigns started from now on dial
     * under them; a campaign being dialled keeps its rules until it is started again.
     */
    DialingPolicy setPolicy(Caller caller, String tenant, DialingPolicy policy);

    /** Stops placing calls; calls in progress end normally and are recorded. */
    void stop(Caller caller, String tenant, String campaignKey);

    /** The tenant's campaigns being dialled, with their agents. */
    List<DialingView> board(Caller caller, String tenant);

    /** The caller joins a campaign being dialled, ready for calls at their softphone. */
    default AgentDesk join(Caller caller, String tenant, String campaignKey) {
        return join(caller, tenant, campaignKey, null);
    }

    /**
     * The caller joins a campaign being dialled, ready for calls; a remote agent gives {@code remotePhone} (E.164), their
     * own phone that calls are put through to, else null for the softphone.
     */
    AgentDesk join(Caller caller, String tenant, String campaignKey, String remotePhone);

    AgentDesk ready(Caller caller, String tenant);

    AgentDesk pause(Caller caller, String tenant, String reason);

    /** The caller leaves the campaign they work. */
    AgentDesk leave(Caller caller, String tenant);

    /** Puts the caller's call on hold (the other side hears the gateway's hold music); the time on hold goes on the call's record. */
    AgentDesk hold(Caller caller, String tenant);

    /** Takes the caller's call off hold; during a consultation, ends it: the agent is back with the caller. */
    AgentDesk resume(Caller caller, String tenant);

    /**
     * Moves the caller's call to {@code target}: an agent working the same campaign who is ready (by user name), or an
     * outside number in E.164 form. The caller goes to wrap-up; the target goes on the call's record.
     */
    AgentDesk transfer(Caller caller, String tenant, String target);

    /**
     * Holds the caller of the caller's call and puts the agent through to {@code target} first (an attended transfer):
     * a ready agent of the same campaign, who is reserved for it with the contact on screen, or an outside number.
     * {@link #transfer} to the same target then hands the call over; {@link #resume} goes back to the caller (and
     * the colleague consulted is ready again).
     */
    AgentDesk consult(Caller caller, String tenant, String target);

    /** Adds an outside number (E.164) to the caller's call as a third party; the caller stays on the call. */
    AgentDesk conference(Caller caller, String tenant, String number);

    /**
     * Records the inbound caller the caller is talking to, whose number matched no contact, as a contact of the
     * campaign named {@code name} and assigned to the caller: the desk then shows its card.
     */
    AgentDesk identifyCaller(Caller caller, String tenant, String name);

    /** The caller's desk: state, and the contact to show. */
    AgentDesk desk(Caller caller, String tenant);

    /**
     * The caller's desk once its {@link AgentDesk#version() version} is no longer {@code version}: at once if it has
     * moved on already, else at the next change (a call put through, a state forced by a supervisor). The agent's screen
     * waits on this instead of polling; whoever waits gives up by cancelling the stage.
     */
    CompletableFuture<AgentDesk> nextDesk(Caller caller, String tenant, long version);

    /**
     * A supervisor joins an agent's call at the supervisor's own endpoint: LISTEN (nobody hears the supervisor),
     * WHISPER (only the agent does) or BARGE (both sides do). Returns the agent's desk.
     */
    AgentDesk monitor(Caller caller, String tenant, String agent, MonitorMode mode);

    /** A recording's audio: its reference (a file name such as {@code <call id>.wav}) and the bytes; the caller closes them. */
    record Recording(String reference, java.io.InputStream audio) {
    }

    /** The recording of a call of the tenant, by the call id on its record ({@code report:read}). */
    Recording recording(Caller caller, String tenant, String callId);

    /** A supervisor's move: {@code action} is READY, PAUSED (with a reason) or LOGGED_OUT. */
    AgentDesk force(Caller caller, String tenant, String agent, String action, String reason);
}
