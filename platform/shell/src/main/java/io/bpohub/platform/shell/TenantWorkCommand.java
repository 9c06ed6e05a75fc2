package io.bpohub.platform.shell;

import org.apache.karaf.shell.api.action.Argument;

/** Base of the commands on one tenant's scripts, orders, complaints, material requests and bulletins: the tenant comes first. */
public abstract class TenantWorkCommand extends BpoCommand {
    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;
}
