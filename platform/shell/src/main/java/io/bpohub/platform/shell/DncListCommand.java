package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DncEntry;
import io.bpohub.platform.services.DoNotCallService;
import io.bpohub.platform.services.Page;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "dnc-list", description = "Lists a do-not-call list",
        detailedDescription = "Example: bpo:dnc-list --prefix 86138 acme; bpo:dnc-list agency")
@Service
public class DncListCommand extends PagedCommand {
    @Reference
    DoNotCallService dncService;

    @Argument(index = 0, name = "owner", description = "Tenant slug, or agency", required = true)
    String owner;

    @Option(name = "--prefix", description = "Only numbers starting with these digits (country code first)")
    String prefix;

    @Override
    protected Page<?> list(Caller caller, int page, int size) {
        Page<DncEntry> entries = dncService.list(caller, owner, prefix, page, size);
        if (entries.total() == 0) {
            out().println("No numbers on the do-not-call list of " + owner + (prefix == null ? "" : " starting +" + prefix) + ".");
            return entries;
        }
        ShellTable table = new ShellTable();
        table.column("Number");
        table.column("Source");
        table.column("Added");
        table.column("By");
        for (DncEntry e : entries.items()) table.addRow().addContent(e.number(), e.source(), Format.time(e.addedAt()), e.addedBy());
        table.print(out());
        return entries;
    }
}
