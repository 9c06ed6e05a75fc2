package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.OrgUnitView;
import io.bpohub.platform.services.PlatformException;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "unit-create", description = "Adds a department, or a team under a department",
        detailedDescription = "Examples: bpo:unit-create acme DEPARTMENT Sales; "
                + "bpo:unit-create --parent 1 acme TEAM Inbound (unit ids are shown by bpo:org-tree)")
@Service
public class UnitCreateCommand extends OrgCommand {
    @Argument(index = 1, name = "kind", description = "DEPARTMENT or TEAM", required = true)
    @Completion(value = StringsCompleter.class, values = {"DEPARTMENT", "TEAM"})
    String kind;

    @Argument(index = 2, name = "name", description = "Unit name (quote it when it has spaces)", required = true)
    String name;

    @Option(name = "--parent", description = "Id of the department a team belongs to")
    Long parent;

    @Override
    protected void run(Caller caller) {
        NewOrgUnit unit = newUnit(kind, name, parent);
        OrgUnitView created = orgService.createUnit(caller, owner, unit);
        out().println("Created " + OrgTreeRenderer.label(created)
                + (created.parentId() != null ? " under unit " + created.parentId() : "") + " for " + owner + ".");
    }

    /** A department stands on its own; a team needs the department it belongs to. */
    static NewOrgUnit newUnit(String kind, String name, Long parent) {
        OrgUnitKind k = Format.parseEnum(OrgUnitKind.class, kind, "kind");
        if (k == OrgUnitKind.TEAM && parent == null) {
            throw PlatformException.invalid("parent",
                    "A team belongs to a department: pass --parent <department id> (see bpo:org-tree)");
        }
        if (k == OrgUnitKind.DEPARTMENT && parent != null) {
            throw PlatformException.invalid("parent",
                    "A department is at the top of the tree; leave out --parent, or create a TEAM instead");
        }
        return new NewOrgUnit(k, name, parent);
    }
}
