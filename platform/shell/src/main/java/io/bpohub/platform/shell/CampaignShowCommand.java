package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "campaign-show", description = "Shows a campaign: offer, dates, windows, teams, cadence and dispositions",
        detailedDescription = "Windows are daily, in each contact's local time. Example: bpo:campaign-show acme spring")
@Service
public class CampaignShowCommand extends CampaignCommand {
    @Override
    protected void run(Caller caller) {
        show(campaignService.get(caller, tenant, key), out());
    }
}
