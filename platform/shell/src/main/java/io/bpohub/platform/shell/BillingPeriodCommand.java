package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Argument;

/** Base of the commands on one tenant's billing month: the tenant, then the period, always the first two arguments. */
public abstract class BillingPeriodCommand extends BillingCommand {
    @Argument(index = 0, name = "tenant", description = TENANT, required = true)
    String tenant;

    @Argument(index = 1, name = "period", description = "The billing month, YYYY-MM, e.g. 2026-11", required = true)
    String period;

    @Override
    protected final void run(Caller caller) throws Exception {
        run(caller, Format.month(period, "period")); // a bad month is refused before the service is asked
    }

    /** Does the command's work on the month. */
    protected abstract void run(Caller caller, YearMonth month) throws Exception;
}
