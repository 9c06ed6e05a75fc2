package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.UserView;
import java.io.IOException;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "user-create", description = "Adds a person to an owner's org tree",
        detailedDescription = "Without --password the password is asked for twice, hidden. Example: "
                + "bpo:user-create --name \"Ana Cruz\" --role AGENT --unit 2 acme ana")
@Service
public class UserCreateCommand extends OrgCommand {
    @Argument(index = 1, name = "username", description = "Sign-in name", required = true)
    String username;

    @Option(name = "--name", description = "Display name (quote it when it has spaces)", required = true)
    String displayName;

    @Option(name = "--role", description = "AGENCY_ADMIN, TENANT_ADMIN, SUPERVISOR, TEAM_LEAD, QA, AGENT or CLIENT_MANAGER", required = true)
    @Completion(value = StringsCompleter.class,
            values = {"AGENCY_ADMIN", "TENANT_ADMIN", "SUPERVISOR", "TEAM_LEAD", "QA", "AGENT", "CLIENT_MANAGER"})
    String role;

    @Option(name = "--unit", description = "Id of the team or department the person works in (see bpo:org-tree)")
    Long unitId;

    @Option(name = "--password", description = "Initial password; asked for when left out", censor = true)
    String password;

    @Override
    protected void run(Caller caller) throws IOException {
        Role r = Format.parseEnum(Role.class, role, "role");
        String secret = password != null ? password : askPassword();
        UserView user = orgService.createUser(caller, owner, new NewUser(username, displayName, secret, r, unitId));
        out().println("Created " + user.username() + " (" + user.displayName() + ", " + user.role() + ")"
                + (user.unitId() != null ? " in " + Format.text(user.unitName()) + " [" + user.unitId() + "]" : "")
                + " for " + owner + ".");
    }

    /** Reads the password twice with echo masked; refuses an empty one or two that differ. */
    String askPassword() throws IOException {
        String first = session.readLine("Password for " + username + ": ", '*');
        if (first == null || first.isEmpty()) {
            throw PlatformException.invalid("password", "A password is required: type one, or pass --password");
        }
        String again = session.readLine("Repeat the password: ", '*');
        if (!first.equals(again)) {
            throw PlatformException.invalid("password", "The two passwords differ; run the command again");
        }
        return first;
    }
}
