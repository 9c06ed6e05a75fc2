package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.Page;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "campaign-list", description = "Lists a tenant's campaigns",
        detailedDescription = "Mode is the operating mode in force; * marks a campaign's own, else it follows the tenant. "
                + "Example: bpo:campaign-list --state active acme")
@Service
public class CampaignListCommand extends PagedCommand {
    @Reference
    CampaignService campaignService;

    @Option(name = "--state", aliases = "-s", description = "Only campaigns in this state (ACTIVE, PAUSED, CLOSED)")
    String state;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

    @Override
    protected Page<?> list(Caller caller, int page, int size) {
        CampaignState filter = state == null ? null : Format.parseEnum(CampaignState.class, state, "state");
        Page<CampaignView> campaigns = campaignService.list(caller, tenant, filter, page, size);
        if (campaigns.total() == 0) {
            out().println("No campaigns for " + tenant + (filter == null ? "" : " in " + filter)
                    + "; create one with bpo:campaign-create <tenant> <key> <file>.");
            return campaigns;
        }
        ShellTable table = new ShellTable();
        table.column("Key");
        table.column("Name");
        table.column("Kind");
        table.column("State");
        table.column("Start");
        table.column("End");
        table.column("Mode");
        table.column("Windows");
        for (CampaignView c : campaigns.items()) {
            table.addRow().addContent(c.key(), c.name(), c.kind(), c.state(), c.startDate(), Format.text(c.endDate()),
                    c.operatingMode() + (c.modeOverridden() ? "*" : ""), Format.text(CampaignCommand.windows(c.windows())));
        }
        table.print(out());
        return campaigns;
    }
}
