package io.bpohub.core.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.model.CalendarRecord;
import io.bpohub.core.model.CalendarRevisionRecord;
import io.bpohub.platform.services.CalendarRevision;
import io.bpohub.platform.services.OrgService;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Loads and saves calendar documents: the agency's in the control database, a tenant's in the
 * tenant's own database. A save writes the new document and a revision row in one transaction.
 */
final class CalendarDocuments {
    /** Hours a calendar has before anyone sets them: Monday to Friday, 09:00–18:00. */
    static final Map<DayOfWeek, List<OpenInterval>> DEFAULT_WEEK;

    static {
        EnumMap<DayOfWeek, List<OpenInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, List.of(OpenInterval.of("09:00", "18:00")));
        }
        DEFAULT_WEEK = Map.copyOf(week);
    }

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    CalendarDocuments(ControlDb control, TenantSessions tenantSessions) {
        this.control = control;
        this.tenantSessions = tenantSessions;
    }

    /** The current calendar and its revision (0 = never saved: the default week in the owner's zone). */
    record Current(BusinessCalendar calendar, long revision) {
    }

    Current load(String owner, ZoneId zone) {
        return inOwner(owner, s -> {
            CalendarRecord r = s.get(CalendarRecord.class, CalendarRecord.ID);
            if (r == null) {
                return new Current(new BusinessCalendar(owner, zone, List.of(new WeeklyHours(LocalDate.of(2000, 1, 1), DEFAULT_WEEK)),
                        List.of(), null), 0);
            }
            return new Current(read(r.document), r.revision);
        });
    }

    /** Applies a change to the current document and saves it as the next revision. */
    Current change(String owner, ZoneId zone, String changedBy, String note, UnaryOperator<BusinessCalendar> change) {
        return inOwner(owner, s -> {
            CalendarRecord r = s.get(CalendarRecord.class, CalendarRecord.ID);
            BusinessCalendar before = r == null ? load(owner, zone).calendar() : read(r.document);
            BusinessCalendar after = change.apply(before);
            Instant now = Instant.now();
            if (r == null) {
                r = new CalendarRecord();
                r.id = CalendarRecord.ID;
                r.revision = 0;
            }
            r.document = write(after);
            r.revision++;
            r.changedAt = now;
            r.changedBy = changedBy;
            s.saveOrUpdate(r);
            CalendarRevisionRecord rev = new CalendarRevisionRecord();
            rev.revision = r.revision;
            rev.document = r.document;
            rev.changedAt = now;
            rev.changedBy = changedBy;
            rev.changeNote = note == null || note.length() <= 500 ? note : note.substring(0, 500);
            s.persist(rev);
            return new Current(after, r.revision);
        });
    }

    List<CalendarRevision> revisions(String owner, int limit) {
        return inOwner(owner, s -> s.createQuery("from CalendarRevisionRecord order by revision desc", CalendarRevisionRecord.class)
                .setMaxResults(limit).list().stream()
                .map(r -> new CalendarRevision(r.revision, r.changedAt, r.changedBy, r.changeNote)).collect(Collectors.toList()));
    }

    private <T> T inOwner(String owner, Function<Session, T> work) {
        return OrgService.AGENCY.equals(owner) ? control.tx(work) : tenantSessions.inTenant(owner, work);
    }

    private BusinessCalendar read(String document) {
        try {
            return json.readValue(document, BusinessCalendar.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar document is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private String write(BusinessCalendar calendar) {
        try {
            return json.writeValueAsString(calendar);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calendar cannot be written as JSON", e);
        }
    }
}
