package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "cost-table-list", description = "Lists the agency's carrier cost tables and their effective-dated versions",
        detailedDescription = "One row per version: a version applies from local midnight of its date, in the table's zone, "
                + "until the next one starts; Rates counts its trunk and prefix rates. A tenant's calls are costed with the "
                + "table named in its terms (bpo:billing-terms). Example: bpo:cost-table-list")
@Service
public class CostTableListCommand extends BillingCommand {
    @Override
    protected void run(Caller caller) {
        costTables(billingService.costTables(caller), out());
    }
}
