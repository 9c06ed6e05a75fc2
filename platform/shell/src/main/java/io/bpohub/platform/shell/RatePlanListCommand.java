package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "rate-plan-list", description = "Lists the agency's rate plans and their effective-dated versions",
        detailedDescription = "One row per version: a version applies from local midnight of its date, in the plan's zone, "
                + "until the next one starts. Amounts are rounded once, to the plan's scale with its rounding mode. "
                + "Agency only: in-house work of hybrid tenants is not charged.")
@Service
public class RatePlanListCommand extends BillingCommand {
    @Override
    protected void run(Caller caller) {
        plans(billingService.plans(caller), out());
    }
}
