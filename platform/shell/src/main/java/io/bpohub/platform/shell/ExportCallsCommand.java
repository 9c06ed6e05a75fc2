package io.bpohub.platform.shell;

import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.CallQuery;
import io.bpohub.platform.services.Caller;
import java.io.OutputStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "export-calls", description = "Writes a tenant's call records, filtered, to a CSV or Excel file",
        detailedDescription = "Every filter is optional; all given ones must match. Example: bpo:export-calls --campaign spring "
                + "--from 2026-11-01T00:00:00Z --to 2026-12-01T00:00:00Z --min-talk 30 --format xlsx acme /tmp/november-calls.xlsx; "
                + "bpo:export-calls --queue billing --recorded acme /tmp/billing-recorded.csv")
@Service
public class ExportCallsCommand extends ExportCommand {
    @Option(name = "--campaign", description = "Campaign key")
    String campaign;
    @Option(name = "--agent", description = "Agent username")
    String agent;
    @Option(name = "--from", description = "Calls started at or after this instant, e.g. 2026-11-01T00:00:00Z")
    String from;
    @Option(name = "--to", description = "Calls started before this instant")
    String to;
    @Option(name = "--result", description = "Call result, e.g. ANSWERED or NO_ANSWER")
    String result;
    @Option(name = "--prefix", description = "Destination prefix (digits), e.g. 8613")
    String prefix;
    @Option(name = "--min-talk", description = "Only calls with at least this many talk seconds")
    Integer minTalk;
    @Option(name = "--queue", description = "Only inbound calls that waited in this queue")
    String queue;
    @Option(name = "--recorded", description = "Only calls with a recording (conversations, voicemails)")
    boolean recorded;

    @Override
    protected long export(Caller caller, TableWriter.Format format, OutputStream out) {
        return exportService.exportCalls(caller, tenant, query(campaign, agent, from, to, result, prefix, minTalk, queue, recorded),
                format, out);
    }

    /**
     * The call filters as bpo:export-calls and bpo:calls-find take them: instants parsed (refused naming --from or --to),
     * {@code recorded} false meaning "recorded or not".
     */
    static CallQuery query(String campaign, String agent, String from, String to, String result, String prefix, Integer minTalk,
                           String queue, boolean recorded) {
        return new CallQuery(campaign, agent, from == null ? null : Format.instant(from, "--from"),
                to == null ? null : Format.instant(to, "--to"), result, null, prefix, minTalk, queue, recorded ? Boolean.TRUE : null);
    }
}
