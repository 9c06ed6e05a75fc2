package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "dialing-strategies", description = "Lists the pacing strategies a predictive campaign may be started with",
        detailedDescription = "The strategies deployed now (each a PacingStrategy bundle service); give one to bpo:dialing-start "
                + "--mode predictive --strategy NAME. Example: bpo:dialing-strategies acme")
@Service
public class DialingStrategiesCommand extends DialingCommand {
    @Override
    protected void run(Caller caller) {
        dialingService.strategies(caller, tenant).forEach(out()::println);
    }
}
