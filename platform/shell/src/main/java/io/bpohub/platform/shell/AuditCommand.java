package io.bpohub.platform.shell;

import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.AuditService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.Page;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "audit", description = "Shows the audit log: who did what, and what was refused",
        detailedDescription = "Example: bpo:audit --tenant acme --outcome DENIED. Without --tenant: the whole log.")
@Service
public class AuditCommand extends PagedCommand {
    @Reference
    AuditService auditService;

    @Option(name = "--tenant", aliases = "-t", description = "Only entries about this tenant")
    String tenant;

    @Option(name = "--outcome", aliases = "-o", description = "Only entries with this outcome, e.g. DENIED")
    String outcome;

    @Override
    protected Page<?> list(Caller caller, int page, int size) {
        Page<AuditEntry> entries = auditService.list(caller, tenant, outcome, page, size);
        ShellTable table = new ShellTable().emptyTableText("No audit entries match.");
        table.column("Id").alignRight();
        table.column("At");
        table.column("Actor");
        table.column("Tenant");
        table.column("Action");
        table.column("Target").maxSize(30);
        table.column("Outcome");
        table.column("Origin");
        table.column("Detail").maxSize(50).wrap();
        for (AuditEntry e : entries.items()) {
            String actor = e.actorTenant() == null ? Format.text(e.actor()) : e.actor() + "@" + e.actorTenant();
            table.addRow().addContent(e.id(), Format.time(e.at()), actor, Format.text(e.tenant()), e.action(),
                    Format.text(e.target()), e.outcome(), Format.text(e.origin()), Format.text(e.detail()));
        }
        table.print(out());
        return entries;
    }
}
