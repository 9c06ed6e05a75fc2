package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.InboundNumberView;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "inbound-numbers", description = "Lists the inbound numbers of a tenant",
        detailedDescription = "Example: bpo:inbound-numbers acme")
@Service
public class InboundNumbersCommand extends InboundCommand {
    @Override
    protected void run(Caller caller) {
        List<InboundNumberView> numbers = inboundService.numbers(caller, tenant);
        if (numbers.isEmpty()) {
            out().println("No inbound numbers for " + tenant + "; assign one with bpo:inbound-number-assign.");
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Number");
        table.column("Assigned by");
        table.column("Assigned at");
        for (InboundNumberView n : numbers) table.addRow().addContent(n.number(), Format.text(n.assignedBy()), Format.time(n.assignedAt()));
        table.print(out());
    }
}
