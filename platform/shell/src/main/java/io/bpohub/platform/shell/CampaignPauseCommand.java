package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignView;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "campaign-pause", description = "Pauses an active campaign",
        detailedDescription = "A paused campaign keeps its contacts, history and callbacks; resume it with bpo:campaign-resume. "
                + "Example: bpo:campaign-pause acme spring")
@Service
public class CampaignPauseCommand extends CampaignCommand {
    @Override
    protected void run(Caller caller) {
        CampaignView c = campaignService.pause(caller, tenant, key);
        out().println("Campaign " + c.key() + " of " + tenant + " is " + c.state() + "; resume it with bpo:campaign-resume "
                + tenant + " " + c.key() + ".");
    }
}
