package io.bpohub.tenants.templates;

import io.bpohub.api.billing.SourceType;
import io.bpohub.api.routing.Handler;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.UsageEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A month of demo work for one client, the same for the same seed: calls (a third unanswered, talk
 * times around two minutes), outsourced seat intervals, SMS or e-mail, and orders.
 * <p>
 * Who handled a call follows the client's operating model: a hybrid client's own agents take weekday
 * calls from 09:00 to 18:00 local time and the agency the rest (evenings, weekends); an outsourced
 * client's calls are all the agency's.
 */
final class DemoTraffic {
    /** How one client's month looks. */
    record Profile(ZoneId zone, boolean hybrid, int weekdayCalls, int weekendCalls, LocalTime firstCall, LocalTime lastCall,
                   String[] numberPrefixes, int numberDigits, String[] trunks, String campaign, String[] agents, String messageChannel,
                   int messagesPerDay, String seatAgent, int agencySeatHoursPerDay) {
    }

    record Month(List<CallRecord> calls, List<UsageEntry> usage) {
    }

    private DemoTraffic() {
    }

    static Month generate(Profile p, YearMonth month, long seed) {
        Random random = new Random(seed);
        List<CallRecord> calls = new ArrayList<>();
        List<UsageEntry> usage = new ArrayList<>();
        int window = (int) (p.lastCall().toSecondOfDay() - p.firstCall().toSecondOfDay());
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int n = weekend ? p.weekendCalls() : p.weekdayCalls();
            for (int i = 0; i < n; i++) {
                LocalTime at = p.firstCall().plusSeconds(random.nextInt(window));
                boolean inHouseHours = !weekend && !at.isBefore(LocalTime.of(9, 0)) && at.isBefore(LocalTime.of(18, 0));
                Handler handler = p.hybrid() && inHouseHours ? Handler.IN_HOUSE : Handler.AGENCY;
                boolean answered = random.nextInt(3) != 0;
                // talk time: 20 s plus an exponential tail, mean about two minutes
                int talk = answered ? 20 + (int) Math.round(-100 * Math.log(1 - random.nextDouble())) : 0;
                String prefix = p.numberPrefixes()[random.nextInt(p.numberPrefixes().length)];
                StringBuilder number = new StringBuilder(prefix);
                while (number.length() < p.numberDigits() + 1) number.append(random.nextInt(10));
                String agent = p.agents()[random.nextInt(p.agents().length)];
                calls.add(new CallRecord(day.atTime(at).atZone(p.zone()).toInstant(), talk, number.toString(), handler,
                        p.trunks()[random.nextInt(p.trunks().length)], p.campaign(), agent, answered ? "ANSWERED" : "NO_ANSWER"));
            }
            for (int i = 0; i < p.messagesPerDay(); i++) {
                usage.add(new UsageEntry(SourceType.MESSAGE, day.atTime(10, 0).plusMinutes(random.nextInt(600)).atZone(p.zone()).toInstant(),
                        0, 1 + random.nextInt(2), p.messageChannel(), Handler.AGENCY, p.campaign(), null, "demo-msg-" + day + "-" + i));
            }
            if (!weekend || p.hybrid()) {
                // the agency's evening shift (hybrid) or day shift (outsourced) for this client
                LocalTime shift = p.hybrid() ? LocalTime.of(18, 0) : LocalTime.of(9, 0);
                usage.add(new UsageEntry(SourceType.SEAT_INTERVAL, day.atTime(shift).atZone(p.zone()).toInstant(),
                        p.agencySeatHoursPerDay() * 3600L, 0, null, Handler.AGENCY, p.campaign(), p.seatAgent(), "demo-shift-" + day));
            }
            if (random.nextInt(3) == 0) {
                usage.add(new UsageEntry(SourceType.ORDER, day.atTime(16, 30).atZone(p.zone()).toInstant(), 0, 1 + random.nextInt(3),
                        null, Handler.AGENCY, p.campaign(), p.agents()[0], "demo-order-" + day));
            }
        }
        return new Month(calls, usage);
    }
}
