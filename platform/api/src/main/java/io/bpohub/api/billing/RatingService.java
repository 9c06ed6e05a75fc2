package io.bpohub.api.billing;

/**
 * Prices usage. Pure: the same record and plan always give an equal charge (amounts equal including
 * their scale); nothing is stored. Plans and cost tables are immutable values; an implementation may
 * cache what it derives from them.
 */
public interface RatingService {
    /**
     * The tenant's price of one record under {@code plan}. Never null: in-house work on an agency-only
     * plan gets a {@link ChargeType#NOT_CHARGED} charge of zero, so that every record has exactly one
     * charge and re-rating after a routing correction updates it in place.
     *
     * @throws RatingException when the plan cannot price the record (no version in force at its start,
     *                         no matching destination prefix, no price for its channel, seat time or orders)
     */
    Charge rate(UsageRecord record, RatePlan plan);

    /**
     * The carrier's price of one CDR under {@code table}: the rate for the CDR's trunk with the longest
     * matching prefix, else the any-trunk rate with the longest matching prefix.
     *
     * @throws RatingException when no rate matches or no version is in force at the call's start
     * @throws IllegalArgumentException for a record that is not a CDR
     */
    Charge cost(UsageRecord record, CostTable table);
}
