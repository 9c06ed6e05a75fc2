package io.bpohub.platform.services;

import io.bpohub.api.dialer.DialMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A campaign being dialled, as the live board shows it.
 *
 * @param strategy       the pacing strategy of a predictive campaign (null: the dialer's own)
 * @param abandonRate24h abandoned / live-answered calls over the last 24 hours (null before any live answer), 4 places
 * @param abandonRate30d the same over 30 days
 * @param abandonLimit   the tenant's limit the campaign was started under
 */
public record DialingView(String campaignKey, DialMode mode, String strategy, String gateway, Instant startedAt, String startedBy, int agentsReady,
                          int agentsOnCall, int agentsInWrapUp, int agentsPaused, int callsRinging, int callsWaiting,
                          long liveAnswered24h, long abandoned24h, BigDecimal abandonRate24h, BigDecimal abandonRate30d,
                          BigDecimal abandonLimit, List<AgentDesk> agents) {
}
