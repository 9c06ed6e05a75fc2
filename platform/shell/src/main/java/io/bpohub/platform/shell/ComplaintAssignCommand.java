package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ComplaintService;
import io.bpohub.platform.services.ComplaintView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "complaint-assign", description = "Assigns a complaint to a person of the tenant's tree")
@Service
public class ComplaintAssignCommand extends TenantWorkCommand {
    @Reference
    ComplaintService complaintService;

    @Argument(index = 1, name = "id", description = "Complaint id", required = true)
    long id;

    @Argument(index = 2, name = "assignee", description = "Username of the person who takes it", required = true)
    String assignee;

    @Override
    protected void run(Caller caller) {
        ComplaintView c = complaintService.assign(caller, tenant, id, assignee);
        out().println("Complaint " + c.id() + " of " + tenant + " is assigned to " + c.assignee() + ", due " + Format.time(c.dueAt()) + ".");
    }
}
