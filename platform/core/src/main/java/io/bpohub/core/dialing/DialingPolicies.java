package io.bpohub.core.dialing;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.Timestamps;
import io.bpohub.platform.services.DialingPolicy;
import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tenants' rules for abandoned calls ({@code dialing_policy}, control database), as the dialer takes them
 * ({@link AbandonPolicy}). A tenant may be stricter than the platform's defaults, never laxer: the defaults are the
 * US (3 % over 30 days, 2 s) and UK (3 % over 24 h) ceilings.
 */
final class DialingPolicies {
    private static final AbandonPolicy CEILING = AbandonPolicy.DEFAULT;
    private static final int MIN_CONNECT_MILLIS = 500;
    private static final int MAX_SHORT_WINDOW_HOURS = 168;
    private static final int MAX_LONG_WINDOW_DAYS = 90;
    private static final int MAX_NO_REDIAL_HOURS = 720;

    private final ControlDb control;

    DialingPolicies(ControlDb control) {
        this.control = control;
    }

    /** The tenant's rules, or the defaults. */
    DialingPolicy of(long tenantId) {
        Object[] row = control.tx(s -> {
            List<?> rows = s.createNativeQuery("SELECT abandon_limit, short_window_hours, long_window_days, connect_within_ms, "
                    + "safe_harbor_message, no_redial_hours, updated_by, updated_at FROM dialing_policy WHERE tenant_id = :t")
                    .setParameter("t", tenantId).getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        });
        if (row == null) return view(CEILING, null, null);
        return new DialingPolicy((BigDecimal) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                (String) row[4], ((Number) row[5]).intValue(), (String) row[6], Timestamps.instant((java.sql.Timestamp) row[7]));
    }

    /** Checks and stores the tenant's rules; each refusal names its field. */
    DialingPolicy save(long tenantId, DialingPolicy p, String by, Instant at) {
        if (p == null) throw PlatformException.invalid("abandonLimit", "give the rules: abandonLimit, shortWindowHours, longWindowDays, "
                + "connectWithinMillis, safeHarborMessage, noRedialHours");
        BigDecimal limit = p.abandonLimit();
        if (limit == null || limit.signum() < 0 || limit.compareTo(CEILING.limit()) > 0 || limit.scale() > 4) {
            throw PlatformException.invalid("abandonLimit", "the abandon limit is a share from 0 to " + CEILING.limit().toPlainString()
                    + " (3 %, the US and UK ceiling) with at most 4 decimals, e.g. 0.02");
        }
        between(p.shortWindowHours(), 1, MAX_SHORT_WINDOW_HOURS, "shortWindowHours", "the short window in hours");
        between(p.longWindowDays(), 1, MAX_LONG_WINDOW_DAYS, "longWindowDays", "the long window in days");
        if (p.longWindowDays() * 24L <= p.shortWindowHours()) {
            throw PlatformException.invalid("longWindowDays", "the long window must be longer than the short window (" + p.shortWindowHours() + " h)");
        }
        between(p.connectWithinMillis(), MIN_CONNECT_MILLIS, (int) CEILING.connectWithin().toMillis(), "connectWithinMillis",
                "the time an answered call may wait for an agent, in milliseconds (the ceiling is 2 s)");
        if (p.safeHarborMessage() == null || !p.safeHarborMessage().matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw PlatformException.invalid("safeHarborMessage", "name the gateway's recorded message, e.g. safe-harbor (lower-case letters, digits, -)");
        }
        between(p.noRedialHours(), 0, MAX_NO_REDIAL_HOURS, "noRedialHours", "the hours an abandoned number is not dialled again (0: no such rule)");
        control.run(s -> s.createNativeQuery("INSERT INTO dialing_policy (tenant_id, abandon_limit, short_window_hours, long_window_days, "
                + "connect_within_ms, safe_harbor_message, no_redial_hours, updated_by, updated_at) VALUES (:t, :l, :sw, :lw, :c, :m, :nr, :by, :at) "
                + "ON DUPLICATE KEY UPDATE abandon_limit = VALUES(abandon_limit), short_window_hours = VALUES(short_window_hours), "
                + "long_window_days = VALUES(long_window_days), connect_within_ms = VALUES(connect_within_ms), "
                + "safe_harbor_message = VALUES(safe_harbor_message), no_redial_hours = VALUES(no_redial_hours), updated_by = VALUES(updated_by), "
                + "updated_at = VALUES(updated_at)").setParameter("t", tenantId).setParameter("l", limit).setParameter("sw", p.shortWindowHours())
                .setParameter("lw", p.longWindowDays()).setParameter("c", p.connectWithinMillis()).setParameter("m", p.safeHarborMessage())
                .setParameter("nr", p.noRedialHours()).setParameter("by", by).setParameter("at", java.sql.Timestamp.from(at)).executeUpdate());
        return of(tenantId);
    }

    /** The rules as the dialer keeps them. */
    static AbandonPolicy abandonPolicy(DialingPolicy p) {
        return new AbandonPolicy(p.abandonLimit(), Duration.ofHours(p.shortWindowHours()), Duration.ofDays(p.longWindowDays()),
                Duration.ofMillis(p.connectWithinMillis()), p.safeHarborMessage(), Duration.ofHours(p.noRedialHours()));
    }

    private static DialingPolicy view(AbandonPolicy a, String by, Instant at) {
        return new DialingPolicy(a.limit(), (int) a.shortWindow().toHours(), (int) a.longWindow().toDays(), (int) a.connectWithin().toMillis(),
                a.safeHarborMessage(), (int) a.noRedialAfterAbandon().toHours(), by, at);
    }

    private static void between(int value, int min, int max, String field, String what) {
        if (value < min || value > max) throw PlatformException.invalid(field, what + " is " + min + " to " + max + ", not " + value);
    }
}
