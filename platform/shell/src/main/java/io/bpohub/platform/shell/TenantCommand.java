package io.bpohub.platform.shell;

import io.bpohub.platform.services.TenantService;
import io.bpohub.platform.services.TenantView;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** Base of the {@code bpo:tenant-*} commands: the tenant service and how one tenant is shown. */
public abstract class TenantCommand extends BpoCommand {
    @Reference
    TenantService tenantService;

    protected void print(String headline, TenantView t) {
        out().println(headline);
        new Details()
                .add("Slug", t.slug())
                .add("Name", t.name())
                .add("Status", t.status())
                .add("Operating mode", t.operatingMode())
                .add("Time zone", t.timeZone())
                .add("Locale", t.locale())
                .add("Currency", t.currency())
                .add("Schema version", t.schemaVersion())
                .add("Migration error", t.migrationError())
                .add("Created", Format.time(t.createdAt()))
                .print(out());
    }
}
