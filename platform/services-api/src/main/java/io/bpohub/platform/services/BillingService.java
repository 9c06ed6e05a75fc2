package io.bpohub.platform.services;

import io.bpohub.api.billing.RatePlan;
import java.time.YearMonth;
import java.util.List;

/** Rate plans, call records and rating into charges (one per record; re-rating updates in place). */
public interface BillingService {
    RatePlan savePlan(Caller caller, RatePlan plan);

    List<RatePlan> plans(Caller caller);

    void assignPlan(Caller caller, String tenant, String planId);

    /** Records finished calls in the tenant's database; returns their ids. */
    List<Long> recordCalls(Caller caller, String tenant, List<CallRecord> calls);

    /** Rates (or re-rates) every record of the period; refused for a closed period. */
    RatingReport rate(Caller caller, String tenant, YearMonth period);

    List<ChargeSummary> summary(Caller caller, String tenant, YearMonth period);

    void closePeriod(Caller caller, String tenant, YearMonth period);
}
