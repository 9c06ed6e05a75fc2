package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.ScriptVersionView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "script-rollout", description = "Makes a trial version LIVE; the previous LIVE version is retired",
        detailedDescription = "Refused before the trial reached its target unless --force with --reason (audited). "
                + "Example: bpo:script-rollout --force --reason \"regulator wording\" acme spring-offer 2")
@Service
public class ScriptRolloutCommand extends TenantWorkCommand {
    @Reference
    ScriptService scriptService;

    @Option(name = "--force", description = "Roll out before the trial target")
    boolean force;

    @Option(name = "--reason", description = "Why a forced roll-out cannot wait (audited)")
    String reason;

    @Argument(index = 1, name = "key", description = "Script key", required = true)
    String key;

    @Argument(index = 2, name = "version", description = "Version number on trial", required = true)
    int version;

    @Override
    protected void run(Caller caller) {
        ScriptVersionView v = scriptService.rollOut(caller, tenant, key, version, force, reason);
        out().println("Version " + v.version() + " of " + key + " is LIVE for " + tenant
                + (v.forcedReason() == null ? "." : " (forced: " + v.forcedReason() + ")."));
    }
}
