package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ComplaintService;
import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.ComplaintView;
import io.bpohub.platform.services.Page;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "complaint-list", description = "Lists a tenant's complaints, newest first, marking overdue ones")
@Service
public class ComplaintListCommand extends PagedCommand {
    @Reference
    ComplaintService complaintService;

    @Option(name = "--status", aliases = "-s", description = "Only complaints in this status (OPEN, IN_PROGRESS, RESOLVED, CLOSED)")
    String status;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

    @Override
    protected Page<?> list(Caller caller, int page, int size) {
        ComplaintStatus filter = status == null ? null : Format.parseEnum(ComplaintStatus.class, status, "status");
        Page<ComplaintView> complaints = complaintService.complaints(caller, tenant, filter, page, size);
        if (complaints.total() == 0) {
            out().println("No complaints for " + tenant + (filter == null ? "" : " in " + filter) + ".");
            return complaints;
        }
        out().println(String.format("%8s %-11s %-8s %-16s %-16s %-22s", "Id", "Status", "Severity", "Category", "Assignee", "Due"));
        for (ComplaintView c : complaints.items()) {
            out().println(String.format("%8d %-11s %-8s %-16s %-16s %-22s", c.id(), c.status(), c.severity(), c.category(),
                    Format.text(c.assignee()), Format.time(c.dueAt()) + (c.overdue() ? " OVERDUE" : "")));
        }
        return complaints;
    }
}
