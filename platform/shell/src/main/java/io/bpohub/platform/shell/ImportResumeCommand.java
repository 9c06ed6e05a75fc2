package io.bpohub.platform.shell;

import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.JobView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "import-resume", description = "Finishes a stopped or interrupted contact import from its last checkpoint",
        detailedDescription = "Reads the same uploaded file (checked by its SHA-256) after the last committed row, so no row is "
                + "added twice. Example: bpo:import-resume acme 12")
@Service
public class ImportResumeCommand extends ImportCommand {
    /** Where jobs are read (every job, not only billing's). */
    @Reference
    BillingService jobs;

    @Argument(index = 1, name = "id", description = "Import id (bpo:import-list)", required = true)
    long id;

    @Option(name = "--no-wait", description = "Return at once; follow it with bpo:job <id>")
    boolean noWait;

    JobWatch.Pause pause = Thread::sleep;

    @Override
    protected void run(Caller caller) {
        JobView job = importService.resume(caller, tenant, id);
        out().println("Resuming import " + id + " of " + tenant + " as job " + job.id() + (noWait ? "; follow it with bpo:job " + job.id() : ":"));
        if (noWait) return;
        job = JobWatch.follow(job, j -> jobs.job(caller, j.id()), pause, out());
        if (job != null && JobCommand.SUCCEEDED.equals(job.state())) print(importService.get(caller, tenant, id), out());
    }
}
