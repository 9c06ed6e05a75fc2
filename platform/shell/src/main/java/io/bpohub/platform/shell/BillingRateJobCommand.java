package io.bpohub.platform.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.RatingReport;
import java.io.PrintStream;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "billing-rate-job", description = "Rates, or re-rates, a tenant's month in the background and follows it",
        detailedDescription = "Does what bpo:billing-rate does, as a job on the server: it goes on when the shell is closed "
                + "or the wait is interrupted (Ctrl-C). Prints the progress (records done of the total) until the job ends, "
                + "then its state, its message and the rating report. With --no-wait it prints the job id and returns at "
                + "once; bpo:job <id> shows the job. Examples: bpo:billing-rate-job acme 2026-11; "
                + "bpo:billing-rate-job --no-wait acme 2026-11")
@Service
public class BillingRateJobCommand extends BillingPeriodCommand {
    @Option(name = "--no-wait", description = "Start the job and return at once; follow it with bpo:job <id>")
    boolean noWait;

    JobWatch.Pause pause = Thread::sleep;

    @Override
    protected void run(Caller caller, YearMonth month) {
        JobView job = billingService.startRating(caller, tenant, month);
        if (noWait) {
            out().println("Rating of " + tenant + " for " + month + " started as job " + job.id() + "; follow it with bpo:job "
                    + job.id());
            return;
        }
        out().println("Rating " + tenant + " for " + month + " as job " + job.id() + " (Ctrl-C stops waiting, not the job):");
        job = JobWatch.follow(job, j -> billingService.job(caller, j.id()), pause, out());
        if (job == null) return;
        if (JobCommand.SUCCEEDED.equals(job.state()) && job.result() != null) {
            result(job.result(), out());
        }
    }

    /** The job's result is the rating report as JSON: shown as bpo:billing-rate shows it, or as it is if it is not one. */
    static void result(String json, PrintStream out) {
        RatingReport report;
        try {
            // the server may add fields to the report; they are not the shell's business
            report = JsonFiles.JSON.readerFor(RatingReport.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
        } catch (JsonProcessingException e) {
            report = null;
        }
        if (report == null) {
            out.println("Result: " + json);
        } else {
            report(report, out);
        }
    }
}
