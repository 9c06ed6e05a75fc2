package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.SavedMapping;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "import-mappings", description = "Lists a tenant's saved column mappings, or saves one",
        detailedDescription = "With --name and --map, saves (or replaces) a mapping; bpo:import-start --mapping <name> uses it. "
                + "Example: bpo:import-mappings --name crm --map \"姓名=NAME,电话=PHONE\" acme")
@Service
public class ImportMappingsCommand extends ImportCommand {
    @Option(name = "--name", description = "Save the mapping under this name")
    String name;

    @Option(name = "--map", description = "The mapping to save: column=FIELD pairs")
    String map;

    @Option(name = "--no-header", description = "Files of this shape have no header row (map columns by #position)")
    boolean noHeader;

    @Override
    protected void run(Caller caller) {
        if (name != null || map != null) {
            SavedMapping saved = importService.saveMapping(caller, tenant, name, mapping(map, !noHeader));
            out().println("Mapping " + saved.name() + " of " + tenant + " saved: " + text(saved.mapping()));
            return;
        }
        List<SavedMapping> mappings = importService.mappings(caller, tenant);
        if (mappings.isEmpty()) out().println("No saved mappings for " + tenant + "; save one with --name and --map.");
        for (SavedMapping m : mappings) out().println(m.name() + ": " + text(m.mapping()) + " (" + m.savedBy() + ", " + Format.time(m.savedAt()) + ")");
    }
}
