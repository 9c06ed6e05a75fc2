package io.bpohub.platform.services;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One queue of a tenant's inbound plan today (the tenant's day), as the supervisor watches it: callers waiting
 * now, and the day's calls that waited in it (by their record).
 *
 * @param serviceLevelSeconds   the target answer time of the queue's service level
 * @param waitingNow            callers in the queue now
 * @param longestWaitSeconds    how long the caller waiting longest has waited, or null when nobody waits
 * @param offered               calls of the day that waited in the queue and have ended
 * @param answered              of those, put through to an agent
 * @param answeredWithinTarget  answered within the target time
 * @param abandoned             the caller hung up while waiting
 * @param callbacks             the caller accepted the queue's offer to be called back
 * @param overflowed            sent on by the plan (voicemail, another queue) or no agent was working the campaign
 * @param serviceLevel          answered within the target ÷ offered, 4 places; null before any call
 * @param averageAnswerSeconds  mean wait of the answered calls (average speed of answer), or null
 * @param abandonRate           abandoned ÷ offered, 4 places; null before any call
 */
public record QueueToday(String queue, String campaign, LocalDate day, int serviceLevelSeconds, int waitingNow, Integer longestWaitSeconds,
                         long offered, long answered, long answeredWithinTarget, long abandoned, long callbacks, long overflowed, BigDecimal serviceLevel,
                         Integer averageAnswerSeconds, BigDecimal abandonRate) {
}
