package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "import-show", description = "Shows one contact import: counts, rejects by reason, qualification rate",
        detailedDescription = "Example: bpo:import-show acme 12")
@Service
public class ImportShowCommand extends ImportCommand {
    @Argument(index = 1, name = "id", description = "Import id (bpo:import-list)", required = true)
    long id;

    @Override
    protected void run(Caller caller) {
        print(importService.get(caller, tenant, id), out());
    }
}
