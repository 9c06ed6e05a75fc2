package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "import-stop", description = "Stops a running contact import after its current batch",
        detailedDescription = "What is imported stays; the import stays RUNNING and bpo:import-resume finishes it. "
                + "Example: bpo:import-stop acme 12")
@Service
public class ImportStopCommand extends ImportCommand {
    @Argument(index = 1, name = "id", description = "Import id (bpo:import-list)", required = true)
    long id;

    @Override
    protected void run(Caller caller) {
        importService.stop(caller, tenant, id);
        out().println("Import " + id + " of " + tenant + " stops at its next checkpoint; finish it with bpo:import-resume " + tenant + " " + id);
    }
}
