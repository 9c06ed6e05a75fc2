package io.bpohub.api.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prices of a rate plan from {@code effectiveFrom} (local midnight in the plan's zone) until the next
 * version starts. A record is priced by the version in force at its start.
 *
 * @param minimumCharge      a call with talk time costs at least this, fees included (zero = none)
 * @param connectionFee      added to every call, answered or not (zero = none)
 * @param attemptFee         added to every call attempt, answered or not (zero = none)
 * @param bands              time-of-day bands, first match wins; empty = one price all day
 * @param destinations       prices per destination prefix; prefixes must be unique
 * @param seatPerAgentHour   price of one agent-hour of outsourced seat time; null = seat time is not priced
 * @param commissionPerOrder commission per successful order; null = orders are not priced
 * @param messagePerPart     price per message part by channel ("sms", "email", "fax"); a missing channel is not priced
 * @param monthlyFee         platform fee per billing month (in-house use of the platform); null = none
 */
public record RatePlanVersion(int version, LocalDate effectiveFrom, Increments increments, BigDecimal minimumCharge,
                              BigDecimal connectionFee, BigDecimal attemptFee, List<TimeBand> bands,
                              List<DestinationRate> destinations, BigDecimal seatPerAgentHour, BigDecimal commissionPerOrder,
                              Map<String, BigDecimal> messagePerPart, BigDecimal monthlyFee) {
    public RatePlanVersion {
        if (effectiveFrom == null || increments == null) {
            throw new IllegalArgumentException("rate plan version " + version + " needs an effective date and increments");
        }
        minimumCharge = Checks.fee("minimum charge", minimumCharge);
        connectionFee = Checks.fee("connection fee", connectionFee);
        attemptFee = Checks.fee("attempt fee", attemptFee);
        bands = bands == null ? List.of() : List.copyOf(bands);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        Set<String> prefixes = new HashSet<>();
        for (DestinationRate d : destinations) {
            if (!prefixes.add(d.prefix())) throw new IllegalArgumentException("prefix " + d.prefix() + " twice in version " + version);
        }
        Checks.price("seat price per agent-hour", seatPerAgentHour);
        Checks.price("commission per order", commissionPerOrder);
        messagePerPart = messagePerPart == null ? Map.of() : Map.copyOf(messagePerPart);
        messagePerPart.forEach((channel, price) -> Checks.price("message price for " + channel, price));
        Checks.price("monthly platform fee", monthlyFee);
    }
}
