/**
 * Rating: turning usage (calls, messages, seat time, orders) into charges with exact money.
 * <p>
 * A {@link io.bpohub.api.billing.RatingService} prices one {@link io.bpohub.api.billing.UsageRecord}
 * with a tenant's {@link io.bpohub.api.billing.RatePlan} (what the agency invoices) or prices a call's
 * carrier side with a {@link io.bpohub.api.billing.CostTable} (what the agency pays). Every
 * {@link io.bpohub.api.billing.Charge} names its source record, the plan version and the rule that
 * priced it. Money is {@link java.math.BigDecimal} throughout; the plan's scale and rounding mode are
 * applied once, to the final amount (see {@link io.bpohub.api.billing.Charge}).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package io.bpohub.api.billing;
