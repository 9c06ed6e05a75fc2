package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DialingView;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "dialing-board", description = "Shows a tenant's campaigns being dialled, their agents and abandon rates",
        detailedDescription = "Example: bpo:dialing-board acme")
@Service
public class DialingBoardCommand extends DialingCommand {
    @Override
    protected void run(Caller caller) {
        List<DialingView> board = dialingService.board(caller, tenant);
        if (board.isEmpty()) out().println("No campaign of " + tenant + " is dialing; start one with bpo:dialing-start.");
        board.forEach(v -> print(v, out()));
    }
}
