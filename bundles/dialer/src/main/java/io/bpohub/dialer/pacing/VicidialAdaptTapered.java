package io.bpohub.dialer.pacing;

import io.bpohub.api.dialer.PacingStrategy;
import org.osgi.service.component.annotations.Component;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * VICIdial ADAPT_TAPERED: "allows for running over the dropped percentage in the first half of the shift ... and gets
 * more strict as the shift goes on" (docs/PREDICTIVE.txt), using the campaign's latest dialing time ("Latest Server
 * Time"). With today's drops over the limit the level is multiplied by the time left as VICIdial computes it, on
 * HHMM clock numbers divided by 1000 (17:00 - 13:30 gives 1700 - 1330 = 370, so × 0.37), not reduced when more than
 * 1000 (ten hours) is left; past the latest time the level is 1.0.
 */
@Component(service = PacingStrategy.class, property = "strategy=" + VicidialAdaptTapered.NAME)
public final class VicidialAdaptTapered extends VicidialAdaptivePacing {
    public static final String NAME = "vicidial-adapt-tapered";
    /** VICIdial's default latest server time, when the campaign sets none. */
    private static final LocalTime DEFAULT_LATEST = LocalTime.of(21, 0);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected double capWhenOverLimit(double level, Instant now, Instant dialingEndsAt, ZoneId zone) {
        LocalTime latest = dialingEndsAt == null ? DEFAULT_LATEST : dialingEndsAt.atZone(zone).toLocalTime();
        int hoursLeft = hhmm(latest) - hhmm(now.atZone(zone).toLocalTime());
        if (hoursLeft < 0) return 1.0;
        return hoursLeft > 1000 ? level : level * hoursLeft / 1000.0;
    }

    private static int hhmm(LocalTime time) {
        return time.getHour() * 100 + time.getMinute();
    }
}
