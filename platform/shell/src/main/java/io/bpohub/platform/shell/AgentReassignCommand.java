package io.bpohub.platform.shell;

import io.bpohub.platform.services.AssignmentResult;
import io.bpohub.platform.services.AssignmentService;
import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "agent-reassign", description = "Takes a leaving agent's contacts back to their team",
        detailedDescription = "The agent's contacts (all campaigns) go back to their team's pool for the lead to hand out again, "
                + "or with --evenly straight to the team's other active agents in turn; open callbacks follow the contacts. "
                + "Their lead, department head or tenant admin may do it. Example: bpo:agent-reassign --evenly acme ana")
@Service
public class AgentReassignCommand extends TenantWorkCommand {
    @Reference
    AssignmentService assignmentService;

    @Option(name = "--evenly", aliases = "-e", description = "Spread over the team's other active agents instead of the team pool")
    boolean evenly;

    @Argument(index = 1, name = "agent", description = "Username of the agent who leaves or moves", required = true)
    String agent;

    @Override
    protected void run(Caller caller) {
        AssignmentResult result = assignmentService.reassignAgent(caller, tenant, agent, evenly);
        if (result.assigned() == 0) {
            out().println(agent + " holds no contacts in " + tenant + "; nothing to reassign.");
            return;
        }
        out().println("Reassigned " + ContactAssignCommand.contacts(result.assigned()) + " of " + agent + " in " + tenant + ":");
        ContactAssignCommand.perTarget(result, out());
    }
}
