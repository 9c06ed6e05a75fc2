package io.bpohub.billing;

import io.bpohub.api.billing.TimeBand;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A version's time bands as seconds of the day per weekday. Band index 0 is "no band" (the base
 * price); band i + 1 is the version's i-th band. A band running past midnight belongs to the day it
 * starts on, like a night shift in the routing calendars.
 */
final class Bands {
    private final String[] names;
    private final boolean[][] days;
    private final int[] from;
    private final int[] to;

    Bands(List<TimeBand> bands) {
        int n = bands.size();
        names = new String[n + 1];
        days = new boolean[n][7];
        from = new int[n];
        to = new int[n];
        names[0] = "base";
        for (int i = 0; i < n; i++) {
            TimeBand band = bands.get(i);
            names[i + 1] = band.name();
            for (DayOfWeek d : band.days()) days[i][d.ordinal()] = true;
            from[i] = band.from().toSecondOfDay();
            to[i] = band.to().toSecondOfDay();
        }
    }

    int count() {
        return names.length;
    }

    String name(int band) {
        return names[band];
    }

    int indexOf(String name) {
        for (int i = 1; i < names.length; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    /** The band in force at a second of a local day; the first listed band that covers it wins. */
    int at(int weekday, int secondOfDay) {
        int yesterday = weekday == 0 ? 6 : weekday - 1;
        for (int i = 0; i < from.length; i++) {
            int f = from[i], t = to[i];
            boolean covered;
            if (f == t) {
                covered = days[i][weekday];
            } else if (f < t) {
                covered = days[i][weekday] && secondOfDay >= f && secondOfDay < t;
            } else { // past midnight: today's evening part, or the morning part of a band that started yesterday
                covered = days[i][weekday] && secondOfDay >= f || days[i][yesterday] && secondOfDay < t;
            }
            if (covered) return i + 1;
        }
        return 0;
    }
}
