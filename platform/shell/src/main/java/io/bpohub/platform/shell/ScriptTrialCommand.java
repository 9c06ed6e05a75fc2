package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.ScriptVersionView;
import io.bpohub.platform.services.TrialPlan;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "script-trial", description = "Puts a draft script version on trial with its testers and target calls",
        detailedDescription = "The field uses 8-16 testers making 5-10 calls each; fewer is allowed (small teams) and answered with warnings. "
                + "Example: bpo:script-trial --tester ana --tester ben --target 60 acme spring-offer 2")
@Service
public class ScriptTrialCommand extends TenantWorkCommand {
    @Reference
    ScriptService scriptService;

    @Option(name = "--tester", aliases = "-t", description = "An agent who tries the version (repeat the option)", multiValued = true)
    List<String> testers;

    @Option(name = "--target", description = "Trial calls in total before roll-out", required = true)
    int target;

    @Argument(index = 1, name = "key", description = "Script key", required = true)
    String key;

    @Argument(index = 2, name = "version", description = "Version number of the draft", required = true)
    int version;

    @Override
    protected void run(Caller caller) {
        if (testers == null || testers.isEmpty()) throw PlatformException.invalid("tester", "name the testers with --tester <username>");
        ScriptVersionView v = scriptService.startTrial(caller, tenant, key, version, new TrialPlan(testers, target));
        out().println("Version " + v.version() + " of " + key + " is on trial with " + v.testers().size() + " testers for "
                + v.targetCalls() + " calls.");
        v.warnings().forEach(w -> out().println("Warning: " + w));
    }
}
