package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ComplaintService;
import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.ComplaintView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "complaint-status", description = "Moves a complaint: in_progress, resolved (with --resolution), closed, or open to reopen",
        detailedDescription = "Example: bpo:complaint-status --resolution \"refunded the second charge\" acme 7 resolved")
@Service
public class ComplaintStatusCommand extends TenantWorkCommand {
    @Reference
    ComplaintService complaintService;

    @Option(name = "--note", description = "Kept in the complaint's notes")
    String note;

    @Option(name = "--resolution", description = "How it was resolved (required for resolved)")
    String resolution;

    @Argument(index = 1, name = "id", description = "Complaint id", required = true)
    long id;

    @Argument(index = 2, name = "status", description = "The new status", required = true)
    String status;

    @Override
    protected void run(Caller caller) {
        ComplaintView c = complaintService.changeStatus(caller, tenant, id, Format.parseEnum(ComplaintStatus.class, status, "status"),
                note, resolution);
        out().println("Complaint " + c.id() + " of " + tenant + " is now " + c.status() + ".");
    }
}
