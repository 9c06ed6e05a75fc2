package io.bpohub.rest.resources;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.platform.services.CalendarRevision;
import io.bpohub.platform.services.CalendarService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.rest.CallerContext;
import io.bpohub.rest.PluggableServices;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** Business calendars; {@code owner} is {@code agency} or a tenant's slug. */
@Path("/calendars/{owner}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {
    public record EmergencyRequest(EmergencyMode mode, String reason) {
    }

    public record HolidayImport(String country, String region, Integer year) {
    }

    private final CalendarService calendars;
    private final PluggableServices plugins;

    public CalendarResource(CalendarService calendars, PluggableServices plugins) {
        this.calendars = calendars;
        this.plugins = plugins;
    }

    @GET
    public BusinessCalendar calendar(@Context SecurityContext sc, @PathParam("owner") String owner) {
        return calendars.calendar(CallerContext.of(sc), owner);
    }

    /** Weekly hours from their {@code effectiveFrom} on; earlier dates keep the hours then in force. */
    @PUT
    @Path("/weekly")
    public BusinessCalendar weekly(@Context SecurityContext sc, @PathParam("owner") String owner, WeeklyHours hours) {
        return calendars.setWeeklyHours(CallerContext.of(sc), owner, hours);
    }

    /** Adds or replaces holidays and special working days for their dates. */
    @PUT
    @Path("/days")
    public BusinessCalendar days(@Context SecurityContext sc, @PathParam("owner") String owner, List<DayEntry> days) {
        return calendars.putDays(CallerContext.of(sc), owner, days, null);
    }

    @DELETE
    @Path("/days/{date}")
    public BusinessCalendar removeDay(@Context SecurityContext sc, @PathParam("owner") String owner, @PathParam("date") String date) {
        return calendars.removeDay(CallerContext.of(sc), owner, date(date, "date"));
    }

    /** Imports an iCalendar file's events as holidays (source {@code ics:<fileName>}). */
    @POST
    @Path("/import/ics")
    @Consumes({"text/calendar", MediaType.APPLICATION_OCTET_STREAM})
    public BusinessCalendar importIcs(@Context SecurityContext sc, @PathParam("owner") String owner,
                                      @QueryParam("fileName") @DefaultValue("upload.ics") String fileName, InputStream ics) {
        calendars.calendar(CallerContext.of(sc), owner); // permission first, before reading the file
        List<DayEntry> days;
        try {
            days = plugins.importer().importIcs(ics, fileName);
        } catch (IOException e) {
            throw PlatformException.invalid("file", fileName + " is not a valid iCalendar file: " + e.getMessage());
        }
        if (days.isEmpty()) throw PlatformException.invalid("file", fileName + " holds no all-day events to import");
        return calendars.putDays(CallerContext.of(sc), owner, days, "import " + fileName);
    }

    /** Imports a country's (and region's) public holidays for a year from the holiday library. */
    @POST
    @Path("/import/holidays")
    public BusinessCalendar importHolidays(@Context SecurityContext sc, @PathParam("owner") String owner, HolidayImport request) {
        if (request == null || request.country() == null || !request.country().matches("[A-Za-z]{2}")) {
            throw PlatformException.invalid("country", "country is an ISO 3166 code such as CN, US or GB");
        }
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw PlatformException.invalid("year", "year must be between 2000 and 2100");
        }
        calendars.calendar(CallerContext.of(sc), owner);
        List<DayEntry> days;
        try {
            days = plugins.importer().publicHolidays(request.country().toUpperCase(), request.region(), request.year());
        } catch (IllegalArgumentException e) {
            // the library knows no such country, region or year
            throw PlatformException.invalid(request.region() == null ? "country" : "region", e.getMessage());
        }
        return calendars.putDays(CallerContext.of(sc), owner, days, "holidays " + request.country() + " " + request.year());
    }

    /** Closes or opens now, whatever the calendar says, until cleared. */
    @PUT
    @Path("/emergency")
    public BusinessCalendar emergency(@Context SecurityContext sc, @PathParam("owner") String owner, EmergencyRequest request) {
        if (request == null) throw PlatformException.invalid("mode", "send {\"mode\": \"CLOSED_NOW\" or \"OPEN_NOW\", \"reason\": ...}");
        return calendars.setEmergency(CallerContext.of(sc), owner, request.mode(), request.reason());
    }

    @DELETE
    @Path("/emergency")
    public BusinessCalendar clearEmergency(@Context SecurityContext sc, @PathParam("owner") String owner) {
        return calendars.clearEmergency(CallerContext.of(sc), owner);
    }

    @GET
    @Path("/revisions")
    public List<CalendarRevision> revisions(@Context SecurityContext sc, @PathParam("owner") String owner,
                                            @QueryParam("limit") @DefaultValue("50") int limit) {
        return calendars.revisions(CallerContext.of(sc), owner, limit);
    }

    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw PlatformException.invalid(field, field + " must be a date like 2026-02-17");
        }
    }
}
