package io.bpohub.platform.shell;

import io.bpohub.platform.services.JobView;
import java.io.PrintStream;
import java.util.function.UnaryOperator;

/** Follows a job from the shell: one progress line per percent until it ends, or until the operator stops waiting (Ctrl-C). */
final class JobWatch {
    /** How often the job is asked how far it got; the server records progress about as often. */
    static final long POLL_MILLIS = 500;

    /** Waits between polls; a seam so that tests need not sleep. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private JobWatch() {
    }

    /**
     * @param refresh reads the job again
     * @return the ended job, or null when the wait was interrupted (the job goes on)
     */
    static JobView follow(JobView job, UnaryOperator<JobView> refresh, Pause pause, PrintStream out) {
        int shown = -1;
        while (JobCommand.RUNNING.equals(job.state())) {
            try {
                pause.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.println("Stopped waiting; job " + job.id() + " goes on: follow it with bpo:job " + job.id());
                return null;
            }
            job = refresh.apply(job);
            int percent = JobCommand.percent(job);
            if (JobCommand.RUNNING.equals(job.state()) && percent != shown) { // one line per percent, not per poll
                out.println("  " + JobCommand.progress(job));
                shown = percent;
            }
        }
        out.println("Job " + job.id() + " " + job.state() + " at " + JobCommand.progress(job)
                + (job.message() == null || job.message().isBlank() ? "." : ": " + job.message()));
        return job;
    }
}
