package io.bpohub.billing;

import io.bpohub.api.billing.CarrierRate;
import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.ChargeType;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.QuantityUnit;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.billing.RatingException;
import io.bpohub.api.billing.RatingService;
import io.bpohub.api.billing.SourceType;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.routing.Handler;
import org.osgi.service.component.annotations.Component;

import java.math.BigDecimal;

/**
 * Prices usage records with rate plans and CDRs with cost tables. Stateless apart from the cache of
 * compiled plans, so one instance serves all tenants and threads.
 * <p>
 * Rules (decision 0009): the version and the time band are the ones in force at the record's local
 * start and price the whole record; talk time is billed in increments (first block whole, then every
 * started next block); a call with 0 s talk costs its connection and attempt fees only; the minimum
 * charge applies to calls with talk time, fees included; the amount is rounded once (see {@link Amounts}).
 */
@Component(service = RatingService.class)
public final class RatingEngine implements RatingService {
    private static final int PER_MINUTE = 60;
    private static final int PER_AGENT_HOUR = 3600;

    private final CompiledCache<RatePlan, CompiledPlan> plans = new CompiledCache<>(CompiledPlan::new);
    private final CompiledCache<CostTable, CompiledCostTable> costTables = new CompiledCache<>(CompiledCostTable::new);

    @Override
    public Charge rate(UsageRecord record, RatePlan plan) {
        if (record == null || plan == null) throw new IllegalArgumentException("rating needs a record and a plan");
        CompiledPlan compiled = plans.of(plan);
        LocalStart start = LocalStart.of(record.start(), compiled.zone);
        CompiledVersion version = compiled.inForce(start, record.start(), describe(record));
        if (record.sourceType() == SourceType.PERIOD) {
            if (version.source.monthlyFee() == null) return notCharged(record, plan, version, "not charged: no platform fee in this plan");
            // the platform fee is the price of in-house use itself, so agency-only plans charge it too
            return flat(record, plan, version, ChargeType.PLATFORM_FEE, QuantityUnit.MONTH, 1, version.source.monthlyFee(), 1,
                    "platform fee per month");
        }
        if (plan.agencyOnly() && record.handler() == Handler.IN_HOUSE) {
            return notCharged(record, plan, version, "not charged: handled in-house, plan charges only agency work");
        }
        switch (record.sourceType()) {
            case CDR:
                return call(record, plan, version, start);
            case MESSAGE:
                return flat(record, plan, version, ChargeType.MESSAGE, QuantityUnit.PART, record.quantity(),
                        version.messagePrice(record.channel()), 1, "channel " + record.channel() + " per part");
            case SEAT_INTERVAL:
                return flat(record, plan, version, ChargeType.SEAT, QuantityUnit.SECOND, record.seconds(),
                        version.source.seatPerAgentHour(), PER_AGENT_HOUR, "seat time per agent-hour");
            case ORDER:
                return flat(record, plan, version, ChargeType.COMMISSION, QuantityUnit.ORDER, record.quantity(),
                        version.source.commissionPerOrder(), 1, "commission per order");
            default:
                throw new IllegalArgumentException("unknown source type " + record.sourceType());
        }
    }

    private Charge call(UsageRecord record, RatePlan plan, CompiledVersion version, LocalStart start) {
        CompiledVersion.Destination destination = destination(version, record, plan);
        RatePlanVersion v = version.source;
        int band = version.bands.at(start.weekday, start.secondOfDay);
        BigDecimal perMinute = destination.perMinuteByBand[band];
        long billed = Amounts.billedSeconds(record.seconds(), v.increments());
        boolean talk = billed > 0;
        // an unanswered attempt is not a call of minimum length: it pays its fees only
        BigDecimal minimum = talk ? v.minimumCharge() : BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.valueOf(billed);
        BigDecimal amount = Amounts.amount(version.fees, quantity, perMinute, PER_MINUTE, minimum, plan.scale(), plan.rounding());
        StringBuilder rule = new StringBuilder(200)
                .append(talk ? "talk " : "attempt, 0 s talk").append(talk ? record.seconds() + " s billed " + billed + " s at " + v.increments() : "")
                .append("; destination ").append(destination.prefix);
        if (destination.name != null) rule.append(" (").append(destination.name).append(')');
        rule.append(" at ").append(perMinute.toPlainString()).append("/min, band ").append(version.bands.name(band))
                .append(" at start ").append(start.text()).append(' ').append(plan.zone().getId());
        if (version.fees.signum() > 0) rule.append("; fees ").append(version.fees.toPlainString());
        if (Amounts.minimumApplies(version.fees, quantity, perMinute, PER_MINUTE, minimum)) {
            rule.append("; minimum ").append(minimum.toPlainString()).append(" applied");
        }
        rule.append("; ").append(version.header).append("; ").append(plan.rounding()).append(" to scale ").append(plan.scale());
        return new Charge(record.sourceType(), record.sourceId(), record.tenant(), talk ? ChargeType.TALK : ChargeType.ATTEMPT,
                quantity, QuantityUnit.SECOND, perMinute, PER_MINUTE, version.fees, minimum, amount, plan.currency(), plan.id(),
                v.version(), rule.toString());
    }

    private static CompiledVersion.Destination destination(CompiledVersion version, UsageRecord record, RatePlan plan) {
        CompiledVersion.Destination destination;
        try {
            destination = version.destinations.longestMatch(record.destination());
        } catch (IllegalArgumentException e) {
            throw new RatingException(describe(record) + ": " + e.getMessage());
        }
        if (destination == null) {
            throw new RatingException(describe(record) + ": no destination prefix of " + version.header + " matches " + record.destination());
        }
        return destination;
    }

    /** Messages, seat time, orders, the monthly fee: quantity × price, no increments, fees or minimum. */
    private static Charge flat(UsageRecord record, RatePlan plan, CompiledVersion version, ChargeType type, QuantityUnit unit,
                               long units, BigDecimal price, int pricedPer, String what) {
        if (price == null) throw new RatingException(describe(record) + ": " + version.header + " has no price for " + what);
        BigDecimal quantity = BigDecimal.valueOf(units);
        BigDecimal amount = Amounts.amount(BigDecimal.ZERO, quantity, price, pricedPer, BigDecimal.ZERO, plan.scale(), plan.rounding());
        String rule = units + " " + unit.name().toLowerCase() + (units == 1 ? "" : "s") + " at " + price.toPlainString() + " " + what
                + "; " + version.header + "; " + plan.rounding() + " to scale " + plan.scale();
        return new Charge(record.sourceType(), record.sourceId(), record.tenant(), type, quantity, unit, price, pricedPer,
                BigDecimal.ZERO, BigDecimal.ZERO, amount, plan.currency(), plan.id(), version.source.version(), rule);
    }

    /**
     * A zero charge rather than none: every record keeps exactly one charge row, and a record whose
     * handler (or plan) is corrected later is re-rated in place instead of gaining or losing a row.
     */
    private static Charge notCharged(UsageRecord record, RatePlan plan, CompiledVersion version, String why) {
        long usage = record.sourceType() == SourceType.CDR || record.sourceType() == SourceType.SEAT_INTERVAL ? record.seconds() : record.quantity();
        QuantityUnit unit = switch (record.sourceType()) {
            case MESSAGE -> QuantityUnit.PART;
            case ORDER -> QuantityUnit.ORDER;
            case PERIOD -> QuantityUnit.MONTH;
            default -> QuantityUnit.SECOND;
        };
        return new Charge(record.sourceType(), record.sourceId(), record.tenant(), ChargeType.NOT_CHARGED, BigDecimal.valueOf(usage),
                unit, BigDecimal.ZERO, 1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO.setScale(plan.scale()), plan.currency(),
                plan.id(), version.source.version(), why + "; " + version.header);
    }

    @Override
    public Charge cost(UsageRecord record, CostTable table) {
        if (record == null || table == null) throw new IllegalArgumentException("costing needs a record and a cost table");
        if (record.sourceType() != SourceType.CDR) throw new IllegalArgumentException("only calls have a carrier cost: " + describe(record));
        CompiledCostTable compiled = costTables.of(table);
        LocalStart start = LocalStart.of(record.start(), compiled.zone);
        CompiledCostTable.Version version = compiled.versions.inForce(start.epochDay);
        if (version == null) {
            throw new RatingException(describe(record) + ": cost table " + table.id() + " has no version in force at " + record.start());
        }
        CarrierRate rate;
        try {
            rate = version.rateFor(record.trunk(), record.destination());
        } catch (IllegalArgumentException e) {
            throw new RatingException(describe(record) + ": " + e.getMessage());
        }
        if (rate == null) {
            throw new RatingException(describe(record) + ": no carrier rate of " + version.header + " for trunk " + record.trunk()
                    + " matches " + record.destination());
        }
        long billed = Amounts.billedSeconds(record.seconds(), rate.increments());
        BigDecimal quantity = BigDecimal.valueOf(billed);
        BigDecimal amount = Amounts.amount(rate.connectionFee(), quantity, rate.perMinute(), PER_MINUTE, BigDecimal.ZERO,
                table.scale(), table.rounding());
        String rule = "carrier: " + record.seconds() + " s billed " + billed + " s at " + rate.increments() + "; trunk "
                + (rate.trunk() == null ? "any" : rate.trunk()) + " prefix " + rate.prefix() + " at " + rate.perMinute().toPlainString()
                + "/min" + (rate.connectionFee().signum() > 0 ? "; connection " + rate.connectionFee().toPlainString() : "")
                + "; " + version.header + "; " + table.rounding() + " to scale " + table.scale();
        return new Charge(record.sourceType(), record.sourceId(), record.tenant(), ChargeType.CARRIER_COST, quantity, QuantityUnit.SECOND,
                rate.perMinute(), PER_MINUTE, rate.connectionFee(), BigDecimal.ZERO, amount, table.currency(), table.id(),
                version.source.version(), rule);
    }

    private static String describe(UsageRecord record) {
        return record.sourceType() + " " + record.sourceId() + " of tenant " + record.tenant();
    }
}
