package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.TenantView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "tenant-resume", description = "Resumes a suspended tenant")
@Service
public class TenantResumeCommand extends TenantCommand {
    @Argument(index = 0, name = "slug", description = "Tenant slug", required = true)
    String slug;

    @Override
    protected void run(Caller caller) {
        TenantView t = tenantService.resume(caller, slug);
        print("Tenant " + t.slug() + " resumed.", t);
    }
}
