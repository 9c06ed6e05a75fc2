package io.bpohub.platform.services;

import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.telephony.MonitorMode;
import java.util.List;

/**
 * Outbound dialing of a tenant's campaigns on the installation's telephony gateway, and the agents working them.
 * Starting and stopping needs {@code campaign:write}; the board {@code report:read}; an agent joins a campaign
 * with {@code workflow:write} and works it from the desktop (ready, pause, leave); team leads and above force an
 * agent of their part of the tree into a state or out of the campaign. Each call's CDR and what it does to the
 * contact are stored when the call ends.
 */
public interface DialingService {
    DialingView start(Caller caller, String tenant, String campaignKey, DialMode mode);

    /** Stops placing calls; calls in progress end normally and are recorded. */
    void stop(Caller caller, String tenant, String campaignKey);

    /** The tenant's campaigns being dialled, with their agents. */
    List<DialingView> board(Caller caller, String tenant);

    /** The caller joins a campaign being dialled, ready for calls. */
    AgentDesk join(Caller caller, String tenant, String campaignKey);

    AgentDesk ready(Caller caller, String tenant);

    AgentDesk pause(Caller caller, String tenant, String reason);

    /** The caller leaves the campaign they work. */
    AgentDesk leave(Caller caller, String tenant);

    /** The caller's desk: state, and the contact to show. */
    AgentDesk desk(Caller caller, String tenant);

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
