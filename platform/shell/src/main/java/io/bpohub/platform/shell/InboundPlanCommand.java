package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.InboundPlanView;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "inbound-plan", description = "Shows the inbound plan in force for a tenant: queues and IVR tree",
        detailedDescription = "Prints the revision, who saved it and when, then the plan's JSON document as saved; redirect it "
                + "to a file, edit it and load it back with bpo:inbound-plan-load. Example: bpo:inbound-plan acme")
@Service
public class InboundPlanCommand extends InboundCommand {
    @Override
    protected void run(Caller caller) {
        InboundPlanView plan = inboundService.plan(caller, tenant);
        if (plan.revision() == 0) {
            out().println("No inbound plan saved for " + tenant + " yet: callers hear that the number is not in service. "
                    + "Load one with bpo:inbound-plan-load.");
        }
        new Details()
                .add("Revision", plan.revision())
                .add("Saved by", plan.savedBy())
                .add("Saved at", Format.time(plan.savedAt()))
                .print(out());
        if (plan.document() != null && !plan.document().isBlank()) {
            out().println(plan.document().strip());
        }
    }
}
