package io.bpohub.dialer.pacing;

import io.bpohub.api.dialer.PacingStrategy;
import org.osgi.service.component.annotations.Component;

import java.time.Instant;
import java.time.ZoneId;

/**
 * VICIdial ADAPT_HARD_LIMIT: "will dial predictively up to the dropped percentage and then not allow aggressive
 * dialing once the drop limit is reached until the percentage goes down again" (docs/PREDICTIVE.txt): with today's
 * drops over the limit the dial level is set to 1.0.
 */
@Component(service = PacingStrategy.class, property = "strategy=" + VicidialAdaptHardLimit.NAME)
public final class VicidialAdaptHardLimit extends VicidialAdaptivePacing {
    public static final String NAME = "vicidial-adapt-hard-limit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected double capWhenOverLimit(double level, Instant now, Instant dialingEndsAt, ZoneId zone) {
        return 1.0;
    }
}
