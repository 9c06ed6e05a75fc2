package io.bpohub.api.calendar;

public enum DayKind {
    /** Closed all day, or, with open hours, open only during them (a partial holiday). */
    HOLIDAY,
    /** A rest day declared a working day (e.g. China's make-up workdays), open during its hours. */
    SPECIAL_WORKING_DAY
}
