package io.bpohub.platform.services;

import java.time.YearMonth;
import java.util.List;

/** The agency's cost of its agents and its margin per client, campaign, agent and team. Agency staff only. */
public interface MarginService {
    /** Adds a rate, or replaces the one for the same agent or team and date. */
    LabourRate saveLabourRate(Caller caller, LabourRate rate);

    List<LabourRate> labourRates(Caller caller);

    /** @param groupBy CAMPAIGN, AGENT or TEAM */
    MarginReport margins(Caller caller, String tenant, YearMonth period, String groupBy);
}
