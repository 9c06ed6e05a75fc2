package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;

import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.OrgUnitView;
import java.util.List;
import org.junit.Test;

public class OrgTreeRendererTest {

    static final List<OrgUnitView> ACME = List.of(
            new OrgUnitView(1, OrgUnitKind.DEPARTMENT, "Sales", null,
                    List.of(new OrgUnitView(2, OrgUnitKind.TEAM, "Inbound", 1L, List.of(), List.of("ben", "cy")),
                            new OrgUnitView(3, OrgUnitKind.TEAM, "Outbound", 1L, List.of(), List.of())),
                    List.of("ana")),
            new OrgUnitView(4, OrgUnitKind.DEPARTMENT, "Support", null,
                    List.of(new OrgUnitView(5, OrgUnitKind.TEAM, "Night shift", 4L, List.of(), List.of("dee"))),
                    List.of()));

    @Test
    public void drawsMembersBeforeSubUnitsWithConnectorsThatCloseEachLevel() {
        assertEquals(List.of(
                "acme",
                "├── Sales [DEPARTMENT 1]",
                "│   ├── ana",
                "│   ├── Inbound [TEAM 2]",
                "│   │   ├── ben",
                "│   │   └── cy",
                "│   └── Outbound [TEAM 3]",
                "└── Support [DEPARTMENT 4]",
                "    └── Night shift [TEAM 5]",
                "        └── dee"),
                new OrgTreeRenderer(false).render("acme", ACME));
    }

    @Test
    public void asciiModeUsesPlainCharacters() {
        assertEquals(List.of(
                "acme",
                "+-- Sales [DEPARTMENT 1]",
                "|   +-- ana",
                "|   +-- Inbound [TEAM 2]",
                "|   |   +-- ben",
                "|   |   \\-- cy",
                "|   \\-- Outbound [TEAM 3]",
                "\\-- Support [DEPARTMENT 4]",
                "    \\-- Night shift [TEAM 5]",
                "        \\-- dee"),
                new OrgTreeRenderer(true).render("acme", ACME));
    }

    @Test
    public void copesWithEmptyAndMissingLists() {
        assertEquals(List.of("agency"), new OrgTreeRenderer(false).render("agency", List.of()));
        assertEquals(List.of("agency", "└── Ops [DEPARTMENT 9]"), new OrgTreeRenderer(false).render("agency",
                List.of(new OrgUnitView(9, OrgUnitKind.DEPARTMENT, "Ops", null, null, null))));
    }

    @Test
    public void theCommandPrintsTheTreeOfTheOwnerItWasGiven() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("ops");
        Fakes.Org org = new Fakes.Org();
        org.tree = ACME;
        OrgTreeCommand cmd = new OrgTreeCommand();
        cmd.orgService = org;
        cmd.owner = "acme";
        cmd.ascii = true;

        String out = shell.run(cmd);

        assertEquals(List.of("tree ops acme"), org.calls);
        assertEquals(String.join("\n", new OrgTreeRenderer(true).render("acme", ACME)) + "\n", out);
    }

    @Test
    public void anEmptyTreeSaysHowToStartOne() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("ops");
        OrgTreeCommand cmd = new OrgTreeCommand();
        cmd.orgService = new Fakes.Org();
        cmd.owner = "agency";

        assertEquals("agency\n(no departments yet; add one with bpo:unit-create agency DEPARTMENT <name>)\n",
                shell.run(cmd));
    }
}
