package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.PlatformException;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "campaign-close", description = "Closes a campaign for good",
        detailedDescription = "A closed campaign takes no more outcomes and cannot be resumed or changed; its history stays. "
                + "Repeat the campaign key to confirm. Example: bpo:campaign-close --confirm spring acme spring")
@Service
public class CampaignCloseCommand extends CampaignCommand {
    @Option(name = "--confirm", description = "The campaign key again, to confirm")
    String confirm;

    @Override
    protected void run(Caller caller) {
        if (confirm == null || !confirm.equals(key)) {
            throw PlatformException.invalid("confirm", (confirm == null || confirm.isBlank() ? "" : "--confirm " + confirm
                    + " does not repeat the campaign key " + key + ". ") + "Closing " + key + " is final: no more outcomes, no resume. "
                    + "Run bpo:campaign-close --confirm " + key + " " + tenant + " " + key);
        }
        CampaignView c = campaignService.close(caller, tenant, key);
        out().println("Campaign " + c.key() + " of " + tenant + " is " + c.state() + ": no more outcomes are recorded for it.");
    }
}
