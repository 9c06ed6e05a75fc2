package io.bpohub.platform.shell;

import io.bpohub.api.billing.RatePlan;
import io.bpohub.platform.services.Caller;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "bpo", name = "rate-plan-import", description = "Creates or replaces a rate plan from a JSON file",
        detailedDescription = "The file holds one rate plan as the REST API takes it (PUT /rate-plans/{id}); a plan with "
                + "the same id is replaced. Charges already rated keep their prices until re-rated. The file is read on "
                + "the Karaf server; a relative path starts at the shell's current directory. "
                + "Example: bpo:rate-plan-import /opt/billing/cn-standard.json")
@Service
public class RatePlanImportCommand extends BillingCommand {
    @Argument(index = 0, name = "file", description = "Path of the rate plan's JSON file on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller) {
        Path path = path(file);
        RatePlan plan = JsonFiles.read(path, RatePlan.class, "rate plan");
        RatePlan saved = billingService.savePlan(caller, plan);
        out().println("Rate plan " + saved.id() + " saved from " + path.getFileName() + "; charges already rated keep their "
                + "prices until re-rated with bpo:billing-rate.");
        plans(List.of(saved), out());
    }
}
