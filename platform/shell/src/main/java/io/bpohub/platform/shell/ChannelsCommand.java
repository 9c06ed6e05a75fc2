package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ChannelDirectory;
import io.bpohub.platform.services.ChannelView;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "channels", description = "Lists the channel providers deployed right now")
@Service
public class ChannelsCommand extends BpoCommand {
    @Reference
    ChannelDirectory channelDirectory;

    @Override
    protected void run(Caller caller) {
        ShellTable table = new ShellTable()
                .emptyTableText("No channel bundles deployed; install one (bundle:install) to add a channel.");
        table.column("Type");
        table.column("Name");
        table.column("Bundle");
        table.column("Version");
        table.column("Bundle id").alignRight();
        table.column("Registered");
        table.column("Registrations").alignRight();
        for (ChannelView c : channelDirectory.channels()) {
            table.addRow().addContent(c.type(), Format.text(c.displayName()), c.bundle(), Format.text(c.bundleVersion()),
                    c.bundleId(), Format.time(c.registeredAt()), c.registrations());
        }
        table.print(out());
    }
}
