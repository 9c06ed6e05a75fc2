package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.TenantService;
import io.bpohub.platform.services.TenantView;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "tenant-list", description = "Lists the client companies (tenants)")
@Service
public class TenantListCommand extends PagedCommand {
    @Reference
    TenantService tenantService;

    @Override
    protected Page<?> list(Caller caller, int page, int size) {
        Page<TenantView> tenants = tenantService.list(caller, page, size);
        ShellTable table = new ShellTable().emptyTableText("No tenants yet; onboard one with bpo:tenant-create.");
        table.column("Slug");
        table.column("Name").maxSize(40);
        table.column("Status");
        table.column("Mode");
        table.column("Time zone");
        table.column("Locale");
        table.column("Currency");
        table.column("Schema");
        table.column("Created");
        for (TenantView t : tenants.items()) {
            table.addRow().addContent(t.slug(), t.name(), t.status(), t.operatingMode(), t.timeZone(), t.locale(),
                    t.currency(),
                    t.migrationError() == null ? Format.text(t.schemaVersion()) : Format.text(t.schemaVersion()) + " (FAILED)",
                    Format.time(t.createdAt()));
        }
        table.print(out());
        return tenants;
    }
}
