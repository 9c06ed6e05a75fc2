package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.InboundCallView;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "inbound-live", description = "Shows a tenant's inbound calls in progress",
        detailedDescription = "One row per call: in the IVR, queued, talking, in the survey or leaving a voicemail, with the IVR "
                + "node it is at, its queue, the agent who took it and since when it is in its state. Example: bpo:inbound-live acme")
@Service
public class InboundLiveCommand extends InboundCommand {
    @Override
    protected void run(Caller caller) {
        List<InboundCallView> calls = inboundService.live(caller, tenant);
        if (calls.isEmpty()) {
            out().println("No inbound calls of " + tenant + " in progress.");
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Call");
        table.column("Caller");
        table.column("State");
        table.column("Node");
        table.column("Queue");
        table.column("Agent");
        table.column("Since");
        for (InboundCallView c : calls) {
            table.addRow().addContent(c.callId(), Format.text(c.caller()), Format.text(c.state()), Format.text(c.node()),
                    Format.text(c.queue()), Format.text(c.agent()), Format.time(c.since()));
        }
        table.print(out());
        out().println(calls.size() + (calls.size() == 1 ? " call" : " calls") + " in progress.");
    }
}
