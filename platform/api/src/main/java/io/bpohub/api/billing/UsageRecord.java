package io.bpohub.api.billing;

import io.bpohub.api.routing.Handler;

import java.time.Instant;

/**
 * One record to rate, identified by {@code sourceType} and {@code sourceId} (the CDR, message, seat
 * interval or order it comes from).
 *
 * @param start       when the call, message, seat interval or order started (a period: its first instant);
 *                    selects the plan version and time band
 * @param seconds     talk seconds of a call (0 = not answered), seconds of a seat interval; 0 for messages and orders
 * @param quantity    message parts (SMS parts, 1 per email, fax pages) or number of orders; 0 for calls and seat time
 * @param destination E.164 number of a call, with or without '+'; null otherwise
 * @param handler     who handled the work (from the routing decision on the CDR); decides agency-only plans
 * @param channel     a message's channel as plans price it ("sms", "email", "fax", ...); null otherwise
 * @param trunk       the trunk a call left by, for its carrier cost; may be null
 */
public record UsageRecord(SourceType sourceType, String sourceId, String tenant, Instant start, long seconds, long quantity,
                          String destination, Handler handler, String channel, String trunk) {
    public UsageRecord {
        if (sourceType == null || sourceId == null || tenant == null || start == null || handler == null) {
            throw new IllegalArgumentException("a usage record needs a source type, source id, tenant, start and handler: "
                    + sourceType + " " + sourceId);
        }
        if (seconds < 0 || quantity < 0) throw new IllegalArgumentException("negative usage in " + sourceType + " " + sourceId);
        switch (sourceType) {
            case CDR:
                if (destination == null) throw new IllegalArgumentException("CDR " + sourceId + " has no destination");
                if (quantity != 0) throw new IllegalArgumentException("CDR " + sourceId + " has a quantity; talk time goes in seconds");
                break;
            case MESSAGE:
                if (channel == null) throw new IllegalArgumentException("message " + sourceId + " has no channel");
                if (seconds != 0) throw new IllegalArgumentException("message " + sourceId + " has seconds; parts go in quantity");
                break;
            case SEAT_INTERVAL:
                if (quantity != 0) throw new IllegalArgumentException("seat interval " + sourceId + " has a quantity; time goes in seconds");
                break;
            case ORDER:
                if (seconds != 0) throw new IllegalArgumentException("order " + sourceId + " has seconds; orders go in quantity");
                break;
            case PERIOD:
                if (seconds != 0 || quantity != 1) throw new IllegalArgumentException("period " + sourceId + " is one month: quantity 1, no seconds");
                break;
            default:
                throw new IllegalArgumentException("unknown source type " + sourceType);
        }
    }

    public static UsageRecord call(String cdrId, String tenant, Instant start, long talkSeconds, String destination,
                                   Handler handler, String trunk) {
        return new UsageRecord(SourceType.CDR, cdrId, tenant, start, talkSeconds, 0, destination, handler, null, trunk);
    }

    public static UsageRecord message(String messageId, String tenant, Instant sent, String channel, long parts, Handler handler) {
        return new UsageRecord(SourceType.MESSAGE, messageId, tenant, sent, 0, parts, null, handler, channel, null);
    }

    public static UsageRecord seatInterval(String intervalId, String tenant, Instant start, long seconds, Handler handler) {
        return new UsageRecord(SourceType.SEAT_INTERVAL, intervalId, tenant, start, seconds, 0, null, handler, null, null);
    }

    /** The billing month {@code period} ("2026-11") starting at {@code start}: the source of the monthly platform fee. */
    public static UsageRecord period(String period, String tenant, Instant start) {
        return new UsageRecord(SourceType.PERIOD, period, tenant, start, 0, 1, null, Handler.AGENCY, null, null);
    }

    public static UsageRecord order(String orderId, String tenant, Instant closed, long orders, Handler handler) {
        return new UsageRecord(SourceType.ORDER, orderId, tenant, closed, 0, orders, null, handler, null, null);
    }
}
