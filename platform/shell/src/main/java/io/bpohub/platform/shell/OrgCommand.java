package io.bpohub.platform.shell;

import io.bpohub.platform.services.OrgService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** Base of commands on one owner's org tree; the owner is always the first argument. */
public abstract class OrgCommand extends BpoCommand {
    /** How the owner argument is described, here and for calendars. */
    static final String OWNER = "\"" + OrgService.AGENCY + "\" or a tenant slug";

    @Reference
    OrgService orgService;

    @Argument(index = 0, name = "owner", description = OWNER, required = true)
    String owner;
}
