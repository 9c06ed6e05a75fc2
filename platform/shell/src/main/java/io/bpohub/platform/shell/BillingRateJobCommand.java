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
    /** How often the job is asked how far it got; the server records progress about as often. */
    static final long POLL_MILLIS = 500;

    /** Waits between polls; a seam so that tests need not sleep. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    @Option(name = "--no-wait", description = "Start the job and return at once; follow it with bpo:job <id>")
    boolean noWait;

    Pause pause = Thread::sleep;

    @Override
    protected void run(Caller caller, YearMonth month) {
        JobView job = billingService.startRating(caller, tenant, month);
        if (noWait) {
            out().println("Rating of " + tenant + " for " + month + " started as job " + job.id() + "; follow it with bpo:job "
                    + job.id());
            return;
        }
        out().println("Rating " + tenant + " for " + month + " as job " + job.id() + " (Ctrl-C stops waiting, not the job):");
        int shown = -1;
        while (JobCommand.RUNNING.equals(job.state())) {
            try {
                pause.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out().println("Stopped waiting; job " + job.id() + " goes on: follow it with bpo:job " + job.id());
                return;
            }
            job = billingService.job(caller, job.id());
            int percent = JobCommand.percent(job);
            if (JobCommand.RUNNING.equals(job.state()) && percent != shown) { // one line per percent, not per poll
                out().println("  " + JobCommand.progress(job));
                shown = percent;
            }
        }
        out().println("Job " + job.id() + " " + job.state() + " at " + JobCommand.progress(job)
                + (job.message() == null || job.message().isBlank() ? "." : ": " + job.message()));
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
