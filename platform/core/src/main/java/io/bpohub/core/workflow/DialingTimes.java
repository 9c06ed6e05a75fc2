package io.bpohub.core.workflow;

import io.bpohub.platform.services.DialingWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * When a contact may be called: inside one of the campaign's daily windows in every one of the
 * contact's time zones (a number and an address may disagree: the window must hold in all of them),
 * and on a date within the campaign's dates there too.
 */
public final class DialingTimes {
    /** Looking further ahead than this for an open-ended campaign means the windows never meet. */
    static final int MAX_DAYS_AHEAD = 400;

    private final List<DialingWindow> windows;
    private final List<ZoneId> zones;
    private final LocalDate startDate;
    private final LocalDate endDate;

    public DialingTimes(List<DialingWindow> windows, List<ZoneId> zones, LocalDate startDate, LocalDate endDate) {
        if (windows.isEmpty() || zones.isEmpty()) throw new IllegalArgumentException("windows and zones must not be empty");
        this.windows = List.copyOf(windows);
        this.zones = List.copyOf(zones);
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** The zones of a contact's {@code time_zone} column ("Asia/Shanghai" or "America/New_York,America/Chicago"), else the fallback. */
    public static List<ZoneId> zones(String column, ZoneId fallback) {
        List<ZoneId> zones = new ArrayList<>();
        if (column != null) {
            for (String part : column.split(",")) {
                String id = part.trim();
                if (id.isEmpty()) continue;
                try {
                    zones.add(ZoneId.of(id));
                } catch (java.time.DateTimeException e) {
                    // an unknown zone name cannot narrow the window: the known ones still apply
                }
            }
        }
        return zones.isEmpty() ? List.of(fallback) : zones;
    }

    public boolean allowed(Instant t) {
        for (ZoneId zone : zones) {
            ZonedDateTime local = t.atZone(zone);
            LocalDate date = local.toLocalDate();
            if (startDate != null && date.isBefore(startDate)) return false;
            if (endDate != null && date.isAfter(endDate)) return false;
            boolean inWindow = false;
            for (DialingWindow w : windows) {
                if (w.contains(local.toLocalTime())) {
                    inWindow = true;
                    break;
                }
            }
            if (!inWindow) return false;
        }
        return true;
    }

    /**
     * The earliest allowed instant at or after {@code from}, or null when there is none (the campaign
     * ends first). The allowed set is an intersection of intervals, so its first point is {@code from}
     * itself or the start of some window in some zone: those are the only candidates tried.
     */
    public Instant earliest(Instant from) {
        if (allowed(from)) return from;
        LocalDate first = from.atZone(zones.get(0)).toLocalDate().minusDays(1);
        if (startDate != null && startDate.minusDays(1).isAfter(first)) first = startDate.minusDays(1);
        LocalDate last = from.atZone(zones.get(0)).toLocalDate().plusDays(MAX_DAYS_AHEAD);
        if (endDate != null && endDate.plusDays(1).isBefore(last)) last = endDate.plusDays(1);
        TreeSet<Instant> pending = new TreeSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (ZoneId zone : zones) {
                for (DialingWindow w : windows) {
                    LocalDateTime opening = LocalDateTime.of(day, w.start());
                    ZoneOffsetTransition gap = zone.getRules().getTransition(opening);
                    // a window opening in a spring-forward gap opens when the clock resumes, which is inside the window
                    Instant start = gap != null && gap.isGap() ? gap.getInstant() : opening.atZone(zone).toInstant();
                    if (start.isAfter(from)) pending.add(start);
                }
            }
            // candidates before the earliest the next day can produce are complete: try them in order
            Instant horizon = earliestStartOf(day.plusDays(1));
            while (!pending.isEmpty() && pending.first().isBefore(horizon)) {
                Instant candidate = pending.pollFirst();
                if (allowed(candidate)) return candidate;
            }
        }
        for (Instant candidate : pending) {
            if (allowed(candidate)) return candidate;
        }
        return null;
    }

    private Instant earliestStartOf(LocalDate day) {
        Instant min = null;
        for (ZoneId zone : zones) {
            Instant s = day.atStartOfDay(zone).toInstant();
            if (min == null || s.isBefore(min)) min = s;
        }
        return min;
    }
}
