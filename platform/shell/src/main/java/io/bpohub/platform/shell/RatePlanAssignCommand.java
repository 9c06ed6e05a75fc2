package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "rate-plan-assign", description = "Sets the rate plan a tenant's usage is priced with",
        detailedDescription = "Charges already rated keep their prices until the month is rated again with bpo:billing-rate. "
                + "Example: bpo:rate-plan-assign acme cn-standard (plan ids are shown by bpo:rate-plan-list)")
@Service
public class RatePlanAssignCommand extends BillingCommand {
    @Argument(index = 0, name = "tenant", description = TENANT, required = true)
    String tenant;

    @Argument(index = 1, name = "planId", description = "Id of the rate plan (see bpo:rate-plan-list)", required = true)
    String planId;

    @Override
    protected void run(Caller caller) {
        billingService.assignPlan(caller, tenant, planId);
        out().println("Rate plan " + planId + " assigned to " + tenant + "; rate a month with bpo:billing-rate " + tenant
                + " <YYYY-MM>.");
    }
}
