package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignView;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "bpo", name = "campaign-create", description = "Creates a tenant's campaign from a JSON file",
        detailedDescription = "The file holds the campaign definition as the REST API takes it (POST /tenants/{slug}/campaigns/{key}): "
                + "name, kind (OUTBOUND_SALES, OUTBOUND_SURVEY, INBOUND_SERVICE), startDate, and optionally endDate, offer, "
                + "windows (1 to 4 daily dialing windows in the contact's local time), teamIds, dispositions, cadence, scriptKey "
                + "and operatingMode. Windows, dispositions and cadence left out take the defaults of decision 0013; "
                + "operatingMode left out follows the tenant. The file is read on the Karaf server; a relative path starts "
                + "at the shell's current directory. Example: bpo:campaign-create acme spring /opt/campaigns/spring.json")
@Service
public class CampaignCreateCommand extends CampaignCommand {
    @Argument(index = 2, name = "file", description = "Path of the campaign's JSON file on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller) {
        Path path = path(file);
        CampaignSpec spec = JsonFiles.read(path, CampaignSpec.class, "campaign");
        CampaignView created = campaignService.create(caller, tenant, key, spec);
        out().println("Campaign " + created.key() + " of " + tenant + " created from " + path.getFileName() + "; hand its contacts "
                + "down the tree with bpo:contact-assign.");
        show(created, out());
    }
}
