package io.bpohub.platform.shell;

import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactQuery;
import java.io.OutputStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "export-contacts", description = "Writes a tenant's contacts, filtered, to a CSV or Excel file",
        detailedDescription = "Every filter is optional; all given ones must match. Cells a spreadsheet would run as formulas "
                + "are written as text. Example: bpo:export-contacts --campaign spring --class INTERESTED --format xlsx acme /tmp/interested.xlsx")
@Service
public class ExportContactsCommand extends ExportCommand {
    @Option(name = "--campaign", description = "Campaign key")
    String campaign;
    @Option(name = "--stage", description = "SCREENING, FOLLOW_UP, RESOLVING, CLOSING, WON or DROPPED")
    String stage;
    @Option(name = "--class", description = "Intent class: BUY_NOW, INTERESTED, CONSIDERING, NOT_NOW or NEVER")
    String intentClass;
    @Option(name = "--grade", description = "Lead grade A-E")
    String grade;
    @Option(name = "--team", description = "Team id")
    Long team;
    @Option(name = "--agent", description = "Agent username")
    String agent;
    @Option(name = "--city", description = "City")
    String city;

    @Override
    protected long export(Caller caller, TableWriter.Format format, OutputStream out) {
        return exportService.exportContacts(caller, tenant, new ContactQuery(campaign, stage, intentClass, grade, null, team, agent, city, null),
                format, out);
    }
}
