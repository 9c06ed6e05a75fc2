package io.bpohub.platform.shell;

import io.bpohub.api.routing.HandlerSpan;
import io.bpohub.api.routing.RoutingService;
import io.bpohub.platform.services.CalendarService;
import io.bpohub.platform.services.Caller;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "routing-week", description = "Shows who handles a tenant's work over seven days",
        detailedDescription = "Spans of local time in the tenant's time zone, from --start or this week's Monday. "
                + "Overflow is not shown: it depends on each call. Needs the bpohub-routing feature. "
                + "Example: bpo:routing-week --start 2026-02-16 acme")
@Service
public class RoutingWeekCommand extends RoutingServiceCommand {
    @Reference
    CalendarService calendarService;

    @Option(name = "--start", description = "First day (YYYY-MM-DD) in the tenant's time zone; left out: this week's Monday")
    String start;

    @Override
    protected void run(Caller caller) {
        LocalDate first = start == null ? null : Format.date(start, "--start");
        RoutingService routing = routing(caller);
        ZoneId zone = calendarService.calendar(caller, tenant).zone();
        if (first == null) {
            first = LocalDate.now(clock.withZone(zone)).with(DayOfWeek.MONDAY);
        }
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = first.plusDays(7).atStartOfDay(zone).toInstant();
        List<HandlerSpan> spans = routing.timeline(tenant, campaign, from, to);
        out().println("Who handles the work of " + subject() + " from " + Format.weekday(first.getDayOfWeek()) + " " + first
                + " to " + Format.weekday(first.plusDays(6).getDayOfWeek()) + " " + first.plusDays(6) + ", times in " + zone
                + ":");
        ShellTable table = new ShellTable().emptyTableText("No spans: the routing service returned an empty timeline.");
        table.column("From");
        table.column("To");
        table.column("Handler");
        table.column("Rule");
        table.column("Label").maxSize(50).wrap();
        for (HandlerSpan span : spans) {
            table.addRow().addContent(Format.local(span.from(), zone), Format.local(span.to(), zone), span.handler(),
                    Format.text(span.rule()), Format.text(span.label()));
        }
        table.print(out());
    }
}
