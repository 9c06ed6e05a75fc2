package io.bpohub.core.calendar;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.platform.services.CalendarRevision;
import io.bpohub.platform.services.CalendarService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Calendars of the agency and the tenants; every change is audited and bumps the routing revision. */
public final class CalendarServiceImpl implements CalendarService {
    private final Owners owners;
    private final CalendarDocuments documents;
    private final RoutingRevisions revisions;
    private final AuditLog audit;

    CalendarServiceImpl(Owners owners, CalendarDocuments documents, RoutingRevisions revisions, AuditLog audit) {
        this.owners = owners;
        this.documents = documents;
        this.revisions = revisions;
        this.audit = audit;
    }

    @Override
    public BusinessCalendar calendar(Caller caller, String owner) {
        Owner o = owners.resolve(caller, owner, "calendar", "read");
        return documents.load(o.label(), ZoneId.of(o.timeZone())).calendar();
    }

    @Override
    public BusinessCalendar setWeeklyHours(Caller caller, String owner, WeeklyHours hours) {
        Owner o = owners.resolve(caller, owner, "calendar", "write");
        CalendarRules.checkWeekly(hours, LocalDate.now(ZoneId.of(o.timeZone())));
        return change(caller, o, "weekly hours from " + hours.effectiveFrom(), c -> {
            List<WeeklyHours> weekly = new ArrayList<>(c.weekly());
            weekly.removeIf(w -> w.effectiveFrom().equals(hours.effectiveFrom()));
            weekly.add(hours);
            weekly.sort(Comparator.comparing(WeeklyHours::effectiveFrom));
            return new BusinessCalendar(c.owner(), c.zone(), weekly, c.days(), c.emergency());
        });
    }

    @Override
    public BusinessCalendar putDays(Caller caller, String owner, List<DayEntry> days, String note) {
        Owner o = owners.resolve(caller, owner, "calendar", "write");
        if (days == null || days.isEmpty()) throw PlatformException.invalid("days", "give at least one dated entry");
        for (int i = 0; i < days.size(); i++) CalendarRules.checkDay(days.get(i), i);
        return change(caller, o, note == null ? days.size() + " dated entries" : note, c -> {
            Map<LocalDate, DayEntry> byDate = new TreeMap<>();
            c.days().forEach(d -> byDate.put(d.date(), d));
            days.forEach(d -> byDate.put(d.date(), d));
            return new BusinessCalendar(c.owner(), c.zone(), c.weekly(), new ArrayList<>(byDate.values()), c.emergency());
        });
    }

    @Override
    public BusinessCalendar removeDay(Caller caller, String owner, LocalDate date) {
        Owner o = owners.resolve(caller, owner, "calendar", "write");
        return change(caller, o, "removed " + date, c -> {
            List<DayEntry> days = new ArrayList<>(c.days());
            if (!days.removeIf(d -> d.date().equals(date))) {
                throw PlatformException.notFound("the calendar of " + o.label() + " has no entry on " + date);
            }
            return new BusinessCalendar(c.owner(), c.zone(), c.weekly(), days, c.emergency());
        });
    }

    @Override
    public BusinessCalendar setEmergency(Caller caller, String owner, EmergencyMode mode, String reason) {
        Owner o = owners.resolve(caller, owner, "calendar", "write");
        if (mode == null) throw PlatformException.invalid("mode", "mode must be CLOSED_NOW or OPEN_NOW");
        if (reason == null || reason.isBlank()) throw PlatformException.invalid("reason", "say why, e.g. 'typhoon: office closed'");
        Emergency emergency = new Emergency(mode, caller.username(), reason.trim(), Instant.now());
        return change(caller, o, "emergency " + mode + ": " + reason,
                c -> new BusinessCalendar(c.owner(), c.zone(), c.weekly(), c.days(), emergency));
    }

    @Override
    public BusinessCalendar clearEmergency(Caller caller, String owner) {
        Owner o = owners.resolve(caller, owner, "calendar", "write");
        return change(caller, o, "emergency cleared", c -> {
            if (c.emergency() == null) throw PlatformException.conflict("emergency", "no emergency is set for " + o.label());
            return new BusinessCalendar(c.owner(), c.zone(), c.weekly(), c.days(), null);
        });
    }

    @Override
    public List<CalendarRevision> revisions(Caller caller, String owner, int limit) {
        Owner o = owners.resolve(caller, owner, "calendar", "read");
        if (limit < 1 || limit > 200) throw PlatformException.invalid("limit", "limit must be between 1 and 200");
        return documents.revisions(o.label(), limit);
    }

    private BusinessCalendar change(Caller caller, Owner o, String note, UnaryOperator<BusinessCalendar> change) {
        BusinessCalendar saved = documents.change(o.label(), ZoneId.of(o.timeZone()), caller.username(), note, change).calendar();
        revisions.bump(o.label());
        audit.record(caller, o.slug(), "calendar.change", o.label(), AuditLog.OK, note);
        return saved;
    }
}
