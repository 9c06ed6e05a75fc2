package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.JobView;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "job", description = "Shows a long-running job: its state, progress and result",
        detailedDescription = "Jobs are started by commands such as bpo:billing-rate-job, which print the id. State is "
                + "RUNNING, SUCCEEDED or FAILED; a failed job's message says what went wrong and what to do; the result is "
                + "the finished job's report as JSON. Example: bpo:job 3f1c2a9e-6b7d-4e1f-9a53-0c8d2e7b5a41")
@Service
public class JobCommand extends BillingCommand {
    static final String RUNNING = "RUNNING";
    static final String SUCCEEDED = "SUCCEEDED";

    @Argument(index = 0, name = "id", description = "The job's id, as the command that started it printed it", required = true)
    String id;

    @Override
    protected void run(Caller caller) {
        print(billingService.job(caller, id), out());
    }

    static void print(JobView job, PrintStream out) {
        new Details()
                .add("Job", job.id())
                .add("Kind", job.kind())
                .add("Tenant", job.tenant())
                .add("Subject", job.subject())
                .add("State", job.state())
                .add("Progress", progress(job))
                .add("Started by", job.startedBy())
                .add("Started at", Format.time(job.startedAt()))
                .add("Finished at", Format.time(job.finishedAt()))
                .add("Message", job.message())
                .add("Result", job.result())
                .print(out);
    }

    /** {@code 1200/5000 (24%)}: a running job's total is 0 until its work has counted what there is to do. */
    static String progress(JobView job) {
        return job.done() + "/" + job.total() + " (" + percent(job) + "%)";
    }

    /** Whole percent done, rounded down so that 100 % means finished; a job with nothing to do is 100 % once it succeeded. */
    static int percent(JobView job) {
        if (job.total() <= 0) {
            return SUCCEEDED.equals(job.state()) ? 100 : 0;
        }
        return (int) Math.min(100, Math.max(0, job.done()) * 100 / job.total());
    }
}
