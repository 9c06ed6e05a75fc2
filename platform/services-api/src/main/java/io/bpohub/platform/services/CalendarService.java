package io.bpohub.platform.services;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.WeeklyHours;
import java.time.LocalDate;
import java.util.List;

/**
 * Business calendars of the agency ({@link OrgService#AGENCY}) and of each tenant (its slug). Every
 * change is a new revision; past weekly hours are never rewritten.
 */
public interface CalendarService {
    BusinessCalendar calendar(Caller caller, String owner);

    /** Weekly hours from {@code hours.effectiveFrom()} on (today or later in the owner's zone). */
    BusinessCalendar setWeeklyHours(Caller caller, String owner, WeeklyHours hours);

    /** Adds or replaces the entries for their dates (an import, or a hand edit of one date). */
    BusinessCalendar putDays(Caller caller, String owner, List<DayEntry> days, String note);

    BusinessCalendar removeDay(Caller caller, String owner, LocalDate date);

    BusinessCalendar setEmergency(Caller caller, String owner, EmergencyMode mode, String reason);

    BusinessCalendar clearEmergency(Caller caller, String owner);

    List<CalendarRevision> revisions(Caller caller, String owner, int limit);
}
