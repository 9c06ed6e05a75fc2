package io.bpohub.dialer;

import io.bpohub.api.dialer.AgentStateListener;
import io.bpohub.api.dialer.CallRecordListener;
import io.bpohub.api.dialer.CampaignPlan;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.Dialer;
import io.bpohub.api.dialer.DialerRun;
import io.bpohub.api.dialer.NumberSupply;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.dialer.pacing.ForecastPacing;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The dialer as the platform uses it: runs campaigns with the pacing strategy their plan names, among those
 * deployed as {@link PacingStrategy} services (the project's forecast strategy when the plan names none). On
 * deactivation (a redeploy) every run is closed: its calls in flight end and are recorded.
 */
@Component(service = Dialer.class)
public final class DialerComponent implements Dialer {
    private final Map<String, PacingStrategy> strategies = new ConcurrentHashMap<>();
    private final List<CampaignRun> runs = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStrategy(PacingStrategy strategy) {
        strategies.put(strategy.name(), strategy);
    }

    void removeStrategy(PacingStrategy strategy) {
        strategies.remove(strategy.name(), strategy);
    }

    @Override
    public DialerRun start(CampaignPlan plan, TelephonyGateway gateway, NumberSupply numbers, CallRecordListener records,
                           AgentStateListener agentStates) {
        // only predictive campaigns are paced by a strategy: the others dial one call per agent, or none (inbound)
        String name = plan.strategy() == null ? ForecastPacing.NAME : plan.strategy();
        PacingStrategy strategy = plan.mode() == DialMode.PREDICTIVE ? strategies.get(name) : null;
        if (strategy == null && plan.mode() == DialMode.PREDICTIVE) {
            throw new IllegalArgumentException("no pacing strategy " + name + " is deployed; deployed: " + strategies.keySet());
        }
        CampaignRun run = new CampaignRun(plan, gateway, strategy, numbers, records, agentStates, runs::remove);
        runs.add(run);
        return run;
    }

    @Override
    public List<String> strategies() {
        return strategies.keySet().stream().sorted().toList();
    }

    @Deactivate
    void deactivate() {
        for (CampaignRun run : List.copyOf(runs)) {
            try {
                run.close();
            } catch (RuntimeException e) {
                System.getLogger(DialerComponent.class.getName()).log(System.Logger.Level.WARNING,
                        "closing the dialing of " + run.plan().campaignId() + " failed: " + e.getMessage());
            }
        }
        runs.clear();
    }
}
