package io.bpohub.platform.shell;

import io.bpohub.platform.services.DoNotCallService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** Base of bpo:dnc-*: the do-not-call service and whose list (a tenant's slug, or agency). */
public abstract class DncCommand extends BpoCommand {
    @Reference
    DoNotCallService dncService;

    @Argument(index = 0, name = "owner", description = "Tenant slug, or agency for the list that blocks every tenant", required = true)
    String owner;
}
