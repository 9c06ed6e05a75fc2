package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AgentStateListener;
import io.bpohub.api.dialer.CallRecordListener;
import io.bpohub.api.dialer.CampaignPlan;
import io.bpohub.api.dialer.DialerRun;
import io.bpohub.api.dialer.NumberSupply;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.api.dialer.PastAnswer;
import io.bpohub.api.dialer.QueueListener;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.api.telephony.TelephonyException;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.api.telephony.Timeline;
import io.bpohub.api.dialer.AgentState;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A campaign dialled for the platform: the engine, its inbound queue and its agents, which live on the gateway's
 * timeline, behind a facade any thread may call. Each request is a timeline task; the caller waits for its answer,
 * so an agent's "ready" is in force (and its error reported) when the request returns. Queuing an inbound call is
 * the exception: it comes from the gateway's event listeners, on the timeline itself, which must not wait for a
 * task of its own.
 */
final class CampaignRun implements DialerRun {
    private static final System.Logger LOG = System.getLogger(CampaignRun.class.getName());
    /** A timeline that does not answer within this is not running (a virtual clock nobody advances, a stopped gateway). */
    private static final long ANSWER_WITHIN_SECONDS = 10;
    private static final Set<AgentState> IDLE = EnumSet.of(AgentState.READY, AgentState.PAUSED, AgentState.WRAP_UP);

    private volatile CampaignPlan plan;
    private final Timeline timeline;
    private final TelephonyGateway gateway;
    private final AgentPool agents;
    private final CampaignDialer dialer;
    private final CallQueue queue;
    private final AutoCloseable agentSubscription;
    private final Consumer<CampaignRun> closed;
    /** Agents who logged in through this run: logged out when it closes. Touched on the timeline only. */
    private final Set<String> agentIds = new HashSet<>();
    /** Agents who asked to leave while on a call, outbound or inbound (or reserved for one): they go when it has ended. Timeline only. */
    private final Set<String> leaving = new HashSet<>();
    private final AutoCloseable leavingSubscription;

    CampaignRun(CampaignPlan plan, TelephonyGateway gateway, PacingStrategy strategy, NumberSupply numbers, CallRecordListener records,
                AgentStateListener agentStates, Consumer<CampaignRun> closed) {
        this.plan = plan;
        this.closed = closed;
        this.gateway = gateway;
        this.timeline = gateway.timeline();
        this.agents = new AgentPool(timeline);
        this.agentSubscription = agents.listen(agentStates);
        this.leavingSubscription = agents.listen(change -> {
            boolean callOver = change.to() == AgentState.WRAP_UP || change.to() == AgentState.READY;
            if (callOver && leaving.remove(change.agentId())) agents.logout(change.agentId());
        });
        CampaignSettings settings = CampaignSettings.of(plan.campaignId(), plan.mode(), plan.zone());
        AbandonPolicy policy = plan.policy();
        this.dialer = new CampaignDialer(settings, gateway, agents, numbers, strategy, policy, records);
        this.queue = new CallQueue(plan.campaignId(), gateway, agents);
        dialer.shareAgentsWith(queue::callsWaiting);
        onTimeline(() -> {
            dialer.remember(plan.pastAnswers());
            dialer.start();
            // the queue hears a freed agent after the dialer, whose answered calls must reach an agent within seconds
            queue.start();
            return null;
        });
    }

    @Override
    public CampaignPlan plan() {
        return plan;
    }

    @Override
    public void login(String agentId, String endpoint, Duration wrapUp, Set<String> skills) {
        onTimeline(() -> {
            agents.login(agentId, endpoint, wrapUp, skills);
            agentIds.add(agentId);
            return null;
        });
    }

    @Override
    public void ready(String agentId) {
        onTimeline(() -> {
            agents.ready(agentId);
            return null;
        });
    }

    @Override
    public void pause(String agentId, String reason) {
        onTimeline(() -> {
            agents.pause(agentId, reason);
            return null;
        });
    }

    /** Decided on the timeline, where the agent's state is current: an agent on a call (or reserved for one) goes after it. */
    @Override
    public void logout(String agentId) {
        onTimeline(() -> {
            AgentState state = agents.state(agentId);
            if (state == AgentState.ON_CALL || state == AgentState.RESERVED) leaving.add(agentId);
            else agents.logout(agentId);
            return null;
        });
    }

    /** A target that names an agent of this run goes to that agent; anything else is an outside number for the gateway. */
    @Override
    public void transfer(String agentId, String target) {
        if (target == null || target.isBlank()) throw new IllegalArgumentException("a transfer names an agent or a number");
        onTimeline(() -> {
            Agent agent = agents.onCall(agentId);
            Agent taker = agents.loggedIn(target);
            if (taker == agent) throw new IllegalStateException("agent " + agentId + " cannot transfer a call to themselves");
            if (taker != null && taker.state != AgentState.READY && !agents.consultedOn(taker, agent.callId)) {
                throw new IllegalStateException(taker + " is not ready to take a call; try another agent or later");
            }
            try {
                gateway.transfer(agent.callId, taker == null ? target : taker.endpoint);
            } catch (TelephonyException e) {
                throw new IllegalStateException("the call of agent " + agentId + " cannot be transferred: " + e.getMessage());
            }
            agents.transferred(agent, taker);
            return null;
        });
    }

    @Override
    public void release(String agentId) {
        onTimeline(() -> {
            Agent agent = agents.onCall(agentId);
            try {
                gateway.unbridge(agent.callId);
            } catch (TelephonyException e) {
                throw new IllegalStateException("the call of agent " + agentId + " cannot be passed on: " + e.getMessage());
            }
            agents.transferred(agent, null);
            return null;
        });
    }

    @Override
    public void consult(String agentId, String target) {
        if (target == null || target.isBlank()) throw new IllegalArgumentException("a consultation names an agent or a number");
        onTimeline(() -> {
            Agent agent = agents.onCall(agentId);
            Agent colleague = agents.loggedIn(target);
            if (colleague == agent) throw new IllegalStateException("agent " + agentId + " cannot consult themselves");
            if (colleague != null && colleague.state != AgentState.READY) {
                throw new IllegalStateException(colleague + " is not ready to talk; try another agent or later");
            }
            if (agents.consultation(agent.callId) != null) {
                throw new IllegalStateException(agent + " is consulting " + agents.consultation(agent.callId) + " already; go back to the caller first");
            }
            try {
                gateway.consult(agent.callId, colleague == null ? target : colleague.endpoint);
            } catch (TelephonyException e) {
                throw new IllegalStateException("agent " + agentId + " cannot consult " + target + ": " + e.getMessage());
            }
            agents.consult(agent, target, colleague);
            return null;
        });
    }

    @Override
    public void endConsultation(String agentId) {
        onTimeline(() -> {
            Agent agent = agents.onCall(agentId);
            if (agents.consultation(agent.callId) == null) throw new IllegalStateException(agent + " is consulting nobody");
            try {
                gateway.resume(agent.callId);
            } catch (TelephonyException e) {
                throw new IllegalStateException("agent " + agentId + " cannot go back to the caller: " + e.getMessage());
            }
            agents.consultationEnded(agent.callId);
            return null;
        });
    }

    @Override
    public void follow(AbandonPolicy policy, Function<Instant, List<PastAnswer>> recordedSince) {
        onTimeline(() -> {
            dialer.follow(policy, recordedSince.apply(timeline.now().minus(policy.longWindow())));
            CampaignPlan p = plan;
            plan = new CampaignPlan(p.campaignId(), p.mode(), p.callerId(), p.zone(), policy, p.strategy(), p.pastAnswers());
            return null;
        });
    }

    /** Hands the call to the timeline and returns at once; what goes wrong there is logged, as nobody waits for it. */
    @Override
    public void enqueue(QueuedCall call, QueueListener listener) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(listener, "listener");
        timeline.schedule(timeline.now(), () -> {
            try {
                queue.enqueue(call, listener);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "campaign " + plan.campaignId() + ": queuing call " + call.callId() + " failed", e);
            }
        });
    }

    /** The dialer's figures, with the callers queued among the calls waiting. */
    @Override
    public PacingSnapshot snapshot() {
        return onTimeline(dialer::snapshot);
    }

    /**
     * Stops dialing; calls in flight end and are recorded; callers still queued overflow back to the platform; agents
     * not on a call are logged out.
     */
    @Override
    public void close() {
        onTimeline(() -> {
            dialer.close();
            queue.close();
            for (String agent : agentIds) {
                if (IDLE.contains(agents.state(agent))) agents.logout(agent);
            }
            return null;
        });
        closed.accept(this);
        try {
            agentSubscription.close();
            leavingSubscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("stopping to listen to the agents of " + plan.campaignId() + " failed", e);
        }
    }

    private <T> T onTimeline(Supplier<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        timeline.schedule(timeline.now(), () -> {
            try {
                answer.complete(work.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the telephony gateway's clock did not run the request for campaign " + plan.campaignId()
                    + " within " + ANSWER_WITHIN_SECONDS + " s; check that the gateway is up");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the dialer of " + plan.campaignId());
        }
    }
}
