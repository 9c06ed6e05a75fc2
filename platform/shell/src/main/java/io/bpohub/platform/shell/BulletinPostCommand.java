package io.bpohub.platform.shell;

import io.bpohub.platform.services.BulletinService;
import io.bpohub.platform.services.BulletinView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.NewBulletin;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "bulletin-post", description = "Posts a bulletin to a unit of a tenant, or to the whole tenant",
        detailedDescription = "People see bulletins of their own unit and the units above it. "
                + "Example: bpo:bulletin-post --unit 4 acme \"Team huddle\" \"09:00 in room 2\"")
@Service
public class BulletinPostCommand extends TenantWorkCommand {
    @Reference
    BulletinService bulletinService;

    @Option(name = "--unit", aliases = "-u", description = "Department or team id (see bpo:org-tree); leave out for the whole tenant")
    Long unit;

    @Option(name = "--expires", description = "When it drops off the board, e.g. 2026-05-01T00:00:00Z")
    String expires;

    @Argument(index = 1, name = "title", description = "Title", required = true)
    String title;

    @Argument(index = 2, name = "body", description = "Text", required = true)
    String body;

    @Override
    protected void run(Caller caller) {
        BulletinView b = bulletinService.post(caller, tenant, new NewBulletin(unit, title, body,
                expires == null ? null : Format.instant(expires, "--expires")));
        out().println("Bulletin " + b.id() + " posted to " + (b.unitId() == null ? "all of " + tenant : "unit " + b.unitId() + " of " + tenant) + ".");
    }
}
