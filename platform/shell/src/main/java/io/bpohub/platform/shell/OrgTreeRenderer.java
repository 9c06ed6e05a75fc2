package io.bpohub.platform.shell;

import io.bpohub.platform.services.OrgUnitView;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws an owner's department → team → member tree as indented lines:
 * <pre>
 * acme
 * ├── Sales [DEPARTMENT 1]
 * │   ├── ana
 * │   └── Inbound [TEAM 2]
 * │       └── ben
 * └── Support [DEPARTMENT 3]
 * </pre>
 * Members of a unit come before its sub-units. With {@code ascii} the connectors are plain ASCII.
 */
final class OrgTreeRenderer {
    private final String branch;
    private final String last;
    private final String pipe;
    private final String blank = "    ";

    OrgTreeRenderer(boolean ascii) {
        branch = ascii ? "+-- " : "├── ";
        last = ascii ? "\\-- " : "└── ";
        pipe = ascii ? "|   " : "│   ";
    }

    List<String> render(String owner, List<OrgUnitView> roots) {
        List<String> lines = new ArrayList<>();
        lines.add(owner);
        children(roots == null ? List.of() : roots, List.of(), "", lines);
        return lines;
    }

    static String label(OrgUnitView unit) {
        return unit.name() + " [" + unit.kind() + " " + unit.id() + "]";
    }

    private void unit(OrgUnitView unit, String prefix, boolean isLast, List<String> lines) {
        lines.add(prefix + (isLast ? last : branch) + label(unit));
        children(unit.children() == null ? List.of() : unit.children(),
                unit.members() == null ? List.of() : unit.members(),
                prefix + (isLast ? blank : pipe), lines);
    }

    private void children(List<OrgUnitView> units, List<String> members, String prefix, List<String> lines) {
        int total = members.size() + units.size();
        int i = 0;
        for (String member : members) {
            lines.add(prefix + (++i == total ? last : branch) + member);
        }
        for (OrgUnitView child : units) {
            unit(child, prefix, ++i == total, lines);
        }
    }
}
