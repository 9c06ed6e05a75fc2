package io.bpohub.platform.shell;

import io.bpohub.platform.services.CallView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ExportService;
import io.bpohub.platform.services.PlatformException;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "calls-find", description = "Finds a tenant's newest call records, filtered, e.g. recordings and voicemails",
        detailedDescription = "Takes the filters of bpo:export-calls; every one is optional and all given ones must match. Shows "
                + "the newest --limit calls (default " + CallsFindCommand.DEFAULT_LIMIT + ", at most " + CallsFindCommand.MAX_LIMIT
                + "), newest first. Example: bpo:calls-find --queue billing --recorded --from 2026-11-01T00:00:00Z --limit 20 acme")
@Service
public class CallsFindCommand extends BpoCommand {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Reference
    ExportService exportService;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

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
    @Option(name = "--limit", aliases = "-n", description = "At most this many calls, newest first (1.." + MAX_LIMIT + ")")
    int limit = DEFAULT_LIMIT;

    @Override
    protected void run(Caller caller) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw PlatformException.invalid("limit", "--limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        List<CallView> calls = exportService.findCalls(caller, tenant,
                ExportCallsCommand.query(campaign, agent, from, to, result, prefix, minTalk, queue, recorded), limit);
        if (calls.isEmpty()) {
            out().println("No calls of " + tenant + " match.");
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Started");
        table.column("Mode");
        table.column("Number");
        table.column("Campaign");
        table.column("Queue");
        table.column("Agent");
        table.column("Result");
        table.column("Talk s").alignRight();
        table.column("Hold s").alignRight();
        table.column("Transferred to");
        table.column("Survey").alignRight();
        table.column("Recording");
        for (CallView c : calls) {
            table.addRow().addContent(Format.time(c.startedAt()), Format.text(c.mode()), Format.text(c.number()), Format.text(c.campaign()),
                    Format.text(c.queue()), Format.text(c.agent()), Format.text(c.result()), c.talkSeconds(), c.heldSeconds(),
                    Format.text(c.transferredTo()), Format.text(c.surveyScore()),
                    Format.text(c.recording()));
        }
        table.print(out());
        out().println(calls.size() == limit
                ? "Showing the newest " + limit + "; narrow the filters or raise --limit (at most " + MAX_LIMIT + ") for older calls."
                : calls.size() + (calls.size() == 1 ? " call" : " calls") + " found.");
    }
}
