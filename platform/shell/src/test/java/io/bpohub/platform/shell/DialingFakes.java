package io.bpohub.platform.shell;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.platform.services.AgentDesk;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DialingService;
import io.bpohub.platform.services.DialingView;
import java.math.BigDecimal;
import java.util.List;

/** A recording fake of the dialing service. */
final class DialingFakes {
    private DialingFakes() {
    }

    static DialingView view(String campaign, DialMode mode) {
        return new DialingView(campaign, mode, "simulator", Fakes.T0, "ops", 2, 3, 1, 1, 4, 0, 200, 5, new BigDecimal("0.0250"),
                new BigDecimal("0.0180"), List.of(new AgentDesk("ana", campaign, AgentState.ON_CALL, null, 42L, "sim-1", Fakes.T0),
                new AgentDesk("ben", campaign, AgentState.PAUSED, "coaching", null, null, Fakes.T0)));
    }

    static class Dialing extends Fakes.Recorder implements DialingService {
        List<DialingView> board = List.of();

        public DialingView start(Caller c, String tenant, String campaignKey, DialMode mode) {
            call("start", c, tenant, campaignKey, mode);
            return view(campaignKey, mode);
        }

        public void stop(Caller c, String tenant, String campaignKey) {
            call("stop", c, tenant, campaignKey);
        }

        public List<DialingView> board(Caller c, String tenant) {
            call("board", c, tenant);
            return board;
        }

        public AgentDesk join(Caller c, String tenant, String campaignKey) {
            throw new UnsupportedOperationException("agents join from the desk, not the shell");
        }

        public AgentDesk ready(Caller c, String tenant) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk pause(Caller c, String tenant, String reason) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk leave(Caller c, String tenant) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk desk(Caller c, String tenant) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk monitor(Caller c, String tenant, String agent, io.bpohub.api.telephony.MonitorMode mode) {
            throw new UnsupportedOperationException("supervisors monitor from the board");
        }

        public Recording recording(Caller c, String tenant, String callId) {
            throw new UnsupportedOperationException("recordings are downloaded through REST");
        }

        public AgentDesk force(Caller c, String tenant, String agent, String action, String reason) {
            call("force", c, tenant, agent, action, reason);
            return new AgentDesk(agent, "spring", AgentState.valueOf(action.toUpperCase()), reason, null, null, Fakes.T0);
        }
    }
}
