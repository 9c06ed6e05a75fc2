package io.bpohub.platform.shell;

import io.bpohub.platform.services.AgentDesk;
import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "agent-force", description = "A supervisor's move: makes an agent ready, pauses them or logs them out",
        detailedDescription = "An agent on a call is logged out when the call and its wrap-up end. "
                + "Example: bpo:agent-force --reason \"team meeting\" acme acme.ana paused")
@Service
public class AgentForceCommand extends DialingCommand {
    @Argument(index = 1, name = "agent", description = "The agent's username", required = true)
    String agent;

    @Argument(index = 2, name = "action", description = "ready, paused or logged_out", required = true)
    @Completion(value = StringsCompleter.class, values = {"ready", "paused", "logged_out"})
    String action;

    @Option(name = "--reason", description = "Why (shown to the agent for a pause)")
    String reason;

    @Override
    protected void run(Caller caller) {
        AgentDesk d = dialingService.force(caller, tenant, agent, action, reason);
        out().println(d.agent() + " is " + d.state() + (d.pauseReason() == null ? "" : " (" + d.pauseReason() + ")") + " in " + d.campaignKey() + ".");
    }
}
