package io.bpohub.platform.shell;

import io.bpohub.platform.services.CallbackView;
import io.bpohub.platform.services.Caller;
import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "callbacks-due", description = "Lists the callbacks due that pop up for you",
        detailedDescription = "An agent sees their own, and their team's once its agent is away (not taken 5 minutes after its time, "
                + "disabled, or moved to another team); a team lead the team's; a department head the department's; tenant-wide "
                + "roles and operators all. DUE and MISSED (untaken a day after) are as of the time asked. "
                + "Example: bpo:callbacks-due --as-of 2026-03-03T02:00:00Z acme")
@Service
public class CallbacksDueCommand extends WorkflowCommand {
    @Option(name = "--as-of", description = "Due by this instant, e.g. 2026-03-03T02:00:00Z (default now)")
    String asOf;

    @Override
    protected void run(Caller caller) {
        Instant by = asOf == null ? null : Format.instant(asOf, "--as-of");
        List<CallbackView> due = workflowService.dueCallbacks(caller, tenant, by);
        String when = by == null ? "now" : Format.time(by);
        out().println("Callbacks of " + tenant + " due for " + caller.username() + " as of " + when + ":");
        callbacks(due, "None due.", out());
    }
}
