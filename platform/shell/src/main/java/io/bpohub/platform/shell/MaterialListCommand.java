package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.MaterialRequestService;
import io.bpohub.platform.services.MaterialRequestView;
import io.bpohub.platform.services.MaterialState;
import io.bpohub.platform.services.Page;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "material-list", description = "Lists phone-mail-phone material requests, earliest follow-up call first")
@Service
public class MaterialListCommand extends PagedCommand {
    @Reference
    MaterialRequestService materialRequestService;

    @Option(name = "--state", description = "Only requests in this state (REQUESTED, SENT, FAILED)")
    String state;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

    @Override
    protected Page<?> list(Caller caller, int page, int size) {
        MaterialState filter = state == null ? null : Format.parseEnum(MaterialState.class, state, "state");
        Page<MaterialRequestView> requests = materialRequestService.requests(caller, tenant, filter, page, size);
        if (requests.total() == 0) {
            out().println("No material requests for " + tenant + (filter == null ? "" : " in " + filter) + ".");
            return requests;
        }
        out().println(String.format("%8s %-9s %-6s %-24s %-30s %-20s", "Id", "State", "Via", "Material", "To", "Follow-up"));
        for (MaterialRequestView r : requests.items()) {
            out().println(String.format("%8d %-9s %-6s %-24s %-30s %-20s", r.id(), r.state(), r.channel(), r.material(), r.address(),
                    Format.time(r.followUpAt())));
        }
        return requests;
    }
}
