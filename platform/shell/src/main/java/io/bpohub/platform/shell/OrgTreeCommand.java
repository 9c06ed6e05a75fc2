package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.OrgUnitView;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "org-tree", description = "Shows an owner's departments, teams and their members",
        detailedDescription = "owner is \"agency\" for the agency's own staff, or a tenant slug.")
@Service
public class OrgTreeCommand extends OrgCommand {
    @Option(name = "--ascii", description = "Draw the tree with plain ASCII characters")
    boolean ascii;

    @Override
    protected void run(Caller caller) {
        List<OrgUnitView> roots = orgService.tree(caller, owner);
        new OrgTreeRenderer(ascii).render(owner, roots).forEach(out()::println);
        if (roots.isEmpty()) {
            out().println("(no departments yet; add one with bpo:unit-create " + owner + " DEPARTMENT <name>)");
        }
    }
}
