package io.bpohub.dialer;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventListener;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.telephony.MonitorMode;
import io.bpohub.api.telephony.OriginateRequest;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.api.telephony.Timeline;
import io.bpohub.telephony.sim.SimulatedNetwork;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulated network, plus an agent who hangs up first: {@link #agentLeaves} reports UNBRIDGED for a bridged call
 * (the caller stays on the line until the simulator ends the call), which the simulator does not do itself.
 */
final class UnbridgingGateway implements TelephonyGateway {
    private final SimulatedNetwork network;
    private final List<CallEventListener> listeners = new CopyOnWriteArrayList<>();

    UnbridgingGateway(SimulatedNetwork network) {
        this.network = network;
        network.listen(this::deliver);
    }

    /** The agent at {@code endpoint} leaves the call now; the event comes from a timeline task, as the network's do. */
    void agentLeaves(String callId, String endpoint) {
        Timeline timeline = network.timeline();
        timeline.schedule(timeline.now(), () -> deliver(new CallEvent(callId, CallEventType.UNBRIDGED, timeline.now(), null, null,
                endpoint, null, null, null)));
    }

    private void deliver(CallEvent event) {
        for (CallEventListener listener : listeners) listener.onEvent(event);
    }

    @Override
    public AutoCloseable listen(CallEventListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public String name() {
        return network.name();
    }

    @Override
    public Timeline timeline() {
        return network.timeline();
    }

    @Override
    public String originate(OriginateRequest request) {
        return network.originate(request);
    }

    @Override
    public void answer(String callId) {
        network.answer(callId);
    }

    @Override
    public void bridge(String callId, String agentEndpoint) {
        network.bridge(callId, agentEndpoint);
    }

    @Override
    public void hold(String callId) {
        network.hold(callId);
    }

    @Override
    public void resume(String callId) {
        network.resume(callId);
    }

    @Override
    public void transfer(String callId, String target) {
        network.transfer(callId, target);
    }

    @Override
    public void consult(String callId, String target) {
        network.consult(callId, target);
    }

    @Override
    public void unbridge(String callId) {
        network.unbridge(callId);
    }

    @Override
    public void conference(String callId, String thirdParty) {
        network.conference(callId, thirdParty);
    }

    @Override
    public void monitor(String callId, String supervisorEndpoint, MonitorMode mode) {
        network.monitor(callId, supervisorEndpoint, mode);
    }

    @Override
    public void record(String callId) {
        network.record(callId);
    }

    @Override
    public void stopRecording(String callId) {
        network.stopRecording(callId);
    }

    @Override
    public void play(String callId, String message) {
        network.play(callId, message);
    }

    @Override
    public void collectDigits(String callId, int maxDigits, int timeoutSeconds) {
        network.collectDigits(callId, maxDigits, timeoutSeconds);
    }

    @Override
    public void hangup(String callId, CallParty party) {
        network.hangup(callId, party);
    }
}
