package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.TenantView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "tenant-suspend", description = "Suspends a tenant: its people can no longer sign in",
        detailedDescription = "Example: bpo:tenant-suspend --reason \"unpaid invoice\" acme. Undo with bpo:tenant-resume.")
@Service
public class TenantSuspendCommand extends TenantCommand {
    @Argument(index = 0, name = "slug", description = "Tenant slug", required = true)
    String slug;

    @Option(name = "--reason", aliases = "-r", description = "Why, for the audit log (quote it when it has spaces)")
    String reason;

    @Override
    protected void run(Caller caller) {
        TenantView t = tenantService.suspend(caller, slug, reason);
        print("Tenant " + t.slug() + " suspended; resume it with bpo:tenant-resume " + t.slug() + ".", t);
    }
}
