package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.UserView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "user-move", description = "Moves a person to another team or department of the same owner",
        detailedDescription = "The period in the old unit is kept; see bpo:user-history.")
@Service
public class UserMoveCommand extends OrgCommand {
    @Argument(index = 1, name = "username", description = "Sign-in name", required = true)
    String username;

    @Argument(index = 2, name = "unitId", description = "Id of the new team or department (see bpo:org-tree)", required = true)
    long unitId;

    @Override
    protected void run(Caller caller) {
        UserView user = orgService.moveUser(caller, owner, username, unitId);
        out().println(user.username() + " now works in " + Format.text(user.unitName()) + " [" + user.unitId() + "].");
    }
}
