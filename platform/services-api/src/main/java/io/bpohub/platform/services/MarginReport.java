package io.bpohub.platform.services;

import java.util.List;

/**
 * A tenant's month seen from the agency: revenue (its charges), carrier cost (its calls) and labour
 * cost (agency seat time at the agents' and teams' rates), grouped by CAMPAIGN, AGENT or TEAM.
 * {@code notes} says what could not be costed (an agent without a rate, mixed currencies).
 */
public record MarginReport(String tenant, String period, String groupBy, String currency, List<MarginLine> lines, MarginLine total,
                           List<String> notes) {
}
