package io.bpohub.platform.shell;

import io.bpohub.platform.services.InboundService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** Base of bpo:inbound-* and bpo:agent-skills: the inbound service and the tenant. */
public abstract class InboundCommand extends BpoCommand {
    @Reference
    InboundService inboundService;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;
}
