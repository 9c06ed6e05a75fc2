package io.bpohub.api.telephony;

import java.io.IOException;
import java.io.InputStream;

/**
 * A phone network: places and receives calls, connects them to agents' endpoints and reports what happens.
 * <p>
 * Every operation names a call by the id {@link #originate} returned or an {@link CallEventType#INBOUND}
 * event carried, returns at once and reports its effect as events to the listeners; it throws
 * {@link TelephonyException} when the call is unknown, already ended, or not in a state that allows it.
 * Endpoints are the agents' phones or softphones as the gateway names them (for the simulator, any string).
 * <p>
 * Registered as an OSGi service with the property {@code gateway} (its name); the platform uses one gateway
 * per installation, or the one named in configuration.
 */
public interface TelephonyGateway {
    /** The gateway's name, e.g. {@code simulator} or {@code asterisk-1}. */
    String name();

    /** The clock the gateway's calls run on; schedule call-related work here. */
    Timeline timeline();

    /** Starts delivering every call event to {@code listener}; closing the handle stops it. */
    AutoCloseable listen(CallEventListener listener);

    /** Places an outbound call; {@link CallEventType#RINGING} and then its outcome follow. */
    String originate(OriginateRequest request);

    /** Answers an inbound call (for the IVR or the queue). */
    void answer(String callId);

    /** Connects an answered call to an agent's endpoint ({@link CallEventType#BRIDGED}). */
    void bridge(String callId, String agentEndpoint);

    void hold(String callId);

    void resume(String callId);

    /** Moves a bridged call to another agent's endpoint, or to an outside number (E.164). */
    void transfer(String callId, String target);

    /**
     * The first half of an attended transfer: the caller of a bridged or held call is held and the agent is put
     * through to {@code target} (another agent's endpoint or an outside number) to talk first
     * ({@link CallEventType#CONSULTING}). Then {@link #transfer} to the same target hands the caller over, or
     * {@link #resume} ends the consultation and puts the agent back with the caller. A gateway that cannot refuses.
     *
     * @since 1.3.0
     */
    default void consult(String callId, String target) {
        throw new TelephonyException("gateway " + name() + " cannot consult before a transfer; transfer the call directly");
    }

    /**
     * The agent's side leaves a bridged or held call and the caller stays on the line, answered
     * ({@link CallEventType#UNBRIDGED}), for the platform to queue and bridge again (a transfer to another campaign's
     * queue). A gateway that cannot refuses.
     *
     * @since 1.3.0
     */
    default void unbridge(String callId) {
        throw new TelephonyException("gateway " + name() + " cannot take an agent off a call and keep the caller; transfer to an agent or a number");
    }

    /** Adds a third party (endpoint or outside number) to a bridged call. */
    void conference(String callId, String thirdParty);

    /** Lets a supervisor listen to, whisper to or barge into a bridged call. */
    void monitor(String callId, String supervisorEndpoint, MonitorMode mode);

    /**
     * Starts recording the call; the reference (e.g. a file name) comes with {@link CallEventType#RECORDING_STARTED}
     * and again, complete, with {@link CallEventType#RECORDING_STOPPED} when the call ends or {@link #stopRecording} is called.
     */
    void record(String callId);

    void stopRecording(String callId);

    /** Plays a recorded message (the gateway's name for it, e.g. {@code safe-harbor}) to the far end. */
    void play(String callId, String message);

    /** Collects up to {@code maxDigits} DTMF digits, ending early on {@code #} or after {@code timeoutSeconds}. */
    void collectDigits(String callId, int maxDigits, int timeoutSeconds);

    /** Ends the call from the platform's side ({@link CallEventType#HUNG_UP} by {@code party}). */
    void hangup(String callId, CallParty party);

    /**
     * The audio of a finished recording, by the reference its {@link CallEventType#RECORDING_STOPPED} event gave; the
     * caller closes the stream. A gateway that keeps no recordings answers {@link TelephonyException}.
     *
     * @throws IOException the recording cannot be read (gone, unreadable)
     */
    default InputStream openRecording(String reference) throws IOException {
        throw new TelephonyException("gateway " + name() + " keeps no recordings");
    }
}
