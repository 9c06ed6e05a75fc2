package io.bpohub.platform.services;

/**
 * When the next attempt is due, per intent class (days) and after an unanswered call (minutes), and how
 * many unanswered attempts in a row end the calling. Defaults: decision 0013.
 */
public record CadenceRules(int interestedDays, int consideringDays, int notNowDays, int noAnswerRedialMinutes,
                           int busyRedialMinutes, int maxAttempts) {
    public static final CadenceRules DEFAULTS = new CadenceRules(2, 3, 14, 120, 15, 6);
}
