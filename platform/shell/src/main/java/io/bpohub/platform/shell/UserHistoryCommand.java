package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.MembershipChange;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "user-history", description = "Shows the teams and departments a person has been in")
@Service
public class UserHistoryCommand extends OrgCommand {
    @Argument(index = 1, name = "username", description = "Sign-in name", required = true)
    String username;

    @Override
    protected void run(Caller caller) {
        List<MembershipChange> history = orgService.history(caller, owner, username);
        ShellTable table = new ShellTable().emptyTableText(username + " has not been placed in any unit yet.");
        table.column("Unit");
        table.column("Unit id").alignRight();
        table.column("Since");
        table.column("Until");
        table.column("Changed by");
        for (MembershipChange change : history) {
            table.addRow().addContent(Format.text(change.unitName()), Format.text(change.unitId()),
                    Format.time(change.since()), change.until() == null ? "(current)" : Format.time(change.until()),
                    Format.text(change.changedBy()));
        }
        table.print(out());
    }
}
