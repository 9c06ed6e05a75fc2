package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignView;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "campaign-resume", description = "Resumes a paused campaign",
        detailedDescription = "Only a paused campaign resumes; a closed one is final. Example: bpo:campaign-resume acme spring")
@Service
public class CampaignResumeCommand extends CampaignCommand {
    @Override
    protected void run(Caller caller) {
        CampaignView c = campaignService.resume(caller, tenant, key);
        out().println("Campaign " + c.key() + " of " + tenant + " is " + c.state() + ".");
    }
}
