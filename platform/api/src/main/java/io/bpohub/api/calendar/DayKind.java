package io.bpohub.api.calendar;

public enum DayKind {
    /** Closed all day, or, with open hours, open only during them (a partial holiday). */
    HOLIDAY,
    /**
     * A rest day declared a working day (e.g. China's make-up workdays), open during its hours; without
     * hours of its own it works the normal hours of a working day (the first weekday with hours in the
     * weekly version in force), which is what official make-up days mean.
     */
    SPECIAL_WORKING_DAY
}
