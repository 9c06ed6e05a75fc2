package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DncEntry;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "dnc-add", description = "Puts a number on a do-not-call list",
        detailedDescription = "National numbers are read in the owner's country. The number is blocked at once, also for calls "
                + "already scheduled (checked again at dial time). Example: bpo:dnc-add --source \"asked by phone\" acme \"138 0013 8000\"")
@Service
public class DncAddCommand extends DncCommand {
    @Argument(index = 1, name = "number", description = "The number, in any format", required = true)
    String number;

    @Option(name = "--source", description = "Why or from where (default: added by you)")
    String source;

    @Override
    protected void run(Caller caller) {
        DncEntry e = dncService.add(caller, owner, number, source);
        out().println(e.number() + " is on the do-not-call list of " + owner + " (" + e.source() + ").");
    }
}
