package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.ScriptView;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "script-list", description = "Lists a tenant's call scripts with their LIVE, trial and draft versions")
@Service
public class ScriptListCommand extends TenantWorkCommand {
    @Reference
    ScriptService scriptService;

    @Override
    protected void run(Caller caller) {
        List<ScriptView> scripts = scriptService.scripts(caller, tenant);
        if (scripts.isEmpty()) {
            out().println("No scripts for " + tenant + " yet.");
            return;
        }
        out().println(String.format("%-24s %-30s %5s %-10s %5s", "Key", "Name", "Live", "Trials", "Draft"));
        for (ScriptView s : scripts) {
            out().println(String.format("%-24s %-30s %5s %-10s %5s", s.key(), s.name(), Format.text(s.liveVersion()),
                    s.trialVersions().isEmpty() ? Format.NONE : s.trialVersions().toString(), Format.text(s.draftVersion())));
        }
    }
}
