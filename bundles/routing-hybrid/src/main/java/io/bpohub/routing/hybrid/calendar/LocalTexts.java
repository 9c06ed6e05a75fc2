package io.bpohub.routing.hybrid.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Text of local dates and times for explanations, kept once for all tenants: every decision names a
 * date and a time, and formatting them anew each time was a visible share of a decision's cost.
 * Dates from 2000 to 2099 and whole minutes are cached; anything else is formatted on the spot.
 */
final class LocalTexts {
    private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_DAY);
    private static final AtomicReferenceArray<String> DATES = new AtomicReferenceArray<>(DAYS);
    private static final String[] MINUTES = new String[24 * 60];

    static {
        for (int minute = 0; minute < MINUTES.length; minute++) MINUTES[minute] = LocalTime.ofSecondOfDay(minute * 60L).toString();
    }

    private LocalTexts() {
    }

    static String date(long epochDay) {
        long index = epochDay - FIRST_DAY;
        if (index < 0 || index >= DAYS) return LocalDate.ofEpochDay(epochDay).toString();
        String text = DATES.get((int) index);
        if (text == null) {
            text = LocalDate.ofEpochDay(epochDay).toString();
            DATES.lazySet((int) index, text); // a race only formats the same text twice
        }
        return text;
    }

    /** "HH:mm", or "HH:mm:ss" when the seconds are not zero. */
    static String time(int secondOfDay) {
        if (secondOfDay % 60 == 0) return MINUTES[secondOfDay / 60];
        return LocalTime.ofSecondOfDay(secondOfDay).toString();
    }
}
