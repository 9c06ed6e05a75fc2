package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "dnc-remove", description = "Takes a number off a do-not-call list",
        detailedDescription = "Give the number as listed, in E.164. Example: bpo:dnc-remove acme +8613800138000")
@Service
public class DncRemoveCommand extends DncCommand {
    @Argument(index = 1, name = "number", description = "The number in E.164", required = true)
    String number;

    @Override
    protected void run(Caller caller) {
        boolean removed = dncService.remove(caller, owner, number);
        out().println(removed ? number + " removed from the do-not-call list of " + owner + "."
                : number + " was not on the do-not-call list of " + owner + "; nothing changed.");
    }
}
