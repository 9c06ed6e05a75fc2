package io.bpohub.platform.shell;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.platform.services.AgentDesk;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DialingPolicy;
import io.bpohub.platform.services.DialingService;
import io.bpohub.platform.services.DialingView;
import java.math.BigDecimal;
import java.util.List;

/** A recording fake of the dialing service. */
final class DialingFakes {
    private DialingFakes() {
    }

    static DialingView view(String campaign, DialMode mode) {
        return new DialingView(campaign, mode, mode == DialMode.PREDICTIVE ? "vicidial-adapt-tapered" : null, "simulator", Fakes.T0, "ops",
                2, 3, 1, 1, 4, 0, 200, 5, new BigDecimal("0.0250"), new BigDecimal("0.0180"), new BigDecimal("0.0300"), List.of(new AgentDesk("ana", campaign, AgentState.ON_CALL, null, 42L, "sim-1", Fakes.T0, true, null, null, null, 3),
                new AgentDesk("cid", campaign, AgentState.ON_CALL, null, 43L, "sim-2", Fakes.T0, true, null, null, "ana", 5),
                new AgentDesk("ben", campaign, AgentState.PAUSED, "coaching", null, null, Fakes.T0, false, null, "+447700900123", null, 7)));
    }

    static class Dialing extends Fakes.Recorder implements DialingService {
        List<DialingView> board = List.of();
        DialingPolicy policy = new DialingPolicy(new BigDecimal("0.03"), 24, 30, 2000, "safe-harbor", 72, null, null);

        public DialingView start(Caller c, String tenant, String campaignKey, DialMode mode, String strategy) {
            call("start", c, tenant, campaignKey, mode, strategy);
            return view(campaignKey, mode);
        }

        public List<String> strategies(Caller c, String tenant) {
            return List.of("bpohub-forecast", "vicidial-adapt-tapered");
        }

        public DialingPolicy policy(Caller c, String tenant) {
            call("policy", c, tenant);
            return policy;
        }

        public DialingPolicy setPolicy(Caller c, String tenant, DialingPolicy p) {
            call("setPolicy", c, tenant, p.abandonLimit().toPlainString(), p.shortWindowHours(), p.longWindowDays(), p.connectWithinMillis(),
                    p.safeHarborMessage(), p.noRedialHours());
            policy = new DialingPolicy(p.abandonLimit(), p.shortWindowHours(), p.longWindowDays(), p.connectWithinMillis(), p.safeHarborMessage(),
                    p.noRedialHours(), c.username(), Fakes.T0);
            return policy;
        }

        public void stop(Caller c, String tenant, String campaignKey) {
            call("stop", c, tenant, campaignKey);
        }

        public List<DialingView> board(Caller c, String tenant) {
            call("board", c, tenant);
            return board;
        }

        public AgentDesk join(Caller c, String tenant, String campaignKey, String remotePhone) {
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

        public AgentDesk hold(Caller c, String tenant) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk resume(Caller c, String tenant) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk transfer(Caller c, String tenant, String target) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk consult(Caller c, String tenant, String target) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public java.util.concurrent.CompletableFuture<AgentDesk> nextDesk(Caller c, String tenant, long version) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk conference(Caller c, String tenant, String number) {
            throw new UnsupportedOperationException("agents work from the desk, not the shell");
        }

        public AgentDesk identifyCaller(Caller c, String tenant, String name) {
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
            return new AgentDesk(agent, "spring", AgentState.valueOf(action.toUpperCase()), reason, null, null, Fakes.T0, false, null, null, null, 1);
        }
    }
}
