package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.TenantView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "tenant-offboard", description = "Removes a tenant's database and account for good",
        detailedDescription = "Export first (bpo:tenant-export <slug>), then repeat the slug: "
                + "bpo:tenant-offboard --confirm <slug> <slug>")
@Service
public class TenantOffboardCommand extends TenantCommand {
    @Argument(index = 0, name = "slug", description = "Tenant slug", required = true)
    String slug;

    @Option(name = "--confirm", description = "The slug again, to confirm")
    String confirm;

    @Override
    protected void run(Caller caller) {
        checkConfirmation(slug, confirm);
        TenantView t = tenantService.offboard(caller, slug, confirm);
        print("Tenant " + t.slug() + " offboarded: its database and account are removed. "
                + "Keep the file written by bpo:tenant-export; it is the only copy of the data.", t);
    }

    /** Refuses, before anything is touched, unless {@code confirm} repeats {@code slug} exactly. */
    static void checkConfirmation(String slug, String confirm) {
        String how = "Export the data first with bpo:tenant-export " + slug
                + ", then run bpo:tenant-offboard --confirm " + slug + " " + slug;
        if (confirm == null || confirm.isBlank()) {
            throw PlatformException.invalid("confirm",
                    "Offboarding deletes " + slug + "'s database and account and cannot be undone. " + how);
        }
        if (!confirm.equals(slug)) {
            throw PlatformException.invalid("confirm",
                    "--confirm " + confirm + " does not repeat the slug " + slug + ". " + how);
        }
    }
}
