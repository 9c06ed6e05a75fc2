package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.TenantExport;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "tenant-export", description = "Writes all of a tenant's data to a file",
        detailedDescription = "An export newer than the tenant's last change is required before bpo:tenant-offboard.")
@Service
public class TenantExportCommand extends TenantCommand {
    @Argument(index = 0, name = "slug", description = "Tenant slug", required = true)
    String slug;

    @Override
    protected void run(Caller caller) {
        TenantExport export = tenantService.export(caller, slug);
        out().println("Export of " + export.tenantSlug() + " written.");
        new Details()
                .add("File", export.file())
                .add("Size", Format.bytes(export.bytes()))
                .add("Contacts", export.contacts())
                .add("Users", export.users())
                .add("Created", Format.time(export.createdAt()))
                .print(out());
    }
}
