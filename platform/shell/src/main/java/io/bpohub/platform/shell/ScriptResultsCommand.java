package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ScriptResults;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.VersionResult;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "script-results", description = "Shows trial and LIVE versions of a script side by side",
        detailedDescription = "Calls, success rate and average talk time per version, the LIVE version first, and whether each trial "
                + "reached its target. Example: bpo:script-results acme spring-offer")
@Service
public class ScriptResultsCommand extends TenantWorkCommand {
    @Reference
    ScriptService scriptService;

    @Argument(index = 1, name = "key", description = "Script key", required = true)
    String key;

    @Override
    protected void run(Caller caller) {
        ScriptResults r = scriptService.results(caller, tenant, key);
        out().println("Script " + key + " of " + tenant + " (LIVE version: " + Format.text(r.liveVersion()) + "):");
        out().println(String.format("%7s %-8s %6s %9s %9s %10s", "Version", "State", "Calls", "Success%", "Avg talk", "Target"));
        for (VersionResult v : r.versions()) {
            String target = v.targetCalls() == null ? Format.NONE : v.targetCalls() + (v.targetReached() ? " reached" : "");
            out().println(String.format("%7d %-8s %6d %9s %9s %10s", v.version(), v.state(), v.calls(), Format.decimal(v.successPercent()),
                    v.averageTalkSeconds() == null ? Format.NONE : Format.decimal(v.averageTalkSeconds()) + "s", target));
        }
    }
}
