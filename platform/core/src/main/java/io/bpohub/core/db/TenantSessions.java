package io.bpohub.core.db;

import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The only way to a tenant's rows. A session is opened for exactly one tenant and cannot be
 * re-pointed; while it is open on a thread, opening a session for another tenant on the same
 * thread fails, so one request cannot drift from one tenant's data into another's.
 */
public final class TenantSessions {
    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

    private final SessionFactory sessions;

    public TenantSessions(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public <T> T inTenant(String slug, Function<Session, T> work) {
        if (slug == null || slug.isBlank()) {
            throw new IllegalStateException("a tenant session needs a tenant");
        }
        String bound = BOUND.get();
        if (bound != null && !bound.equals(slug)) {
            throw new IllegalStateException("this unit of work is bound to tenant " + bound
                    + " and cannot switch to tenant " + slug);
        }
        if (bound == null) BOUND.set(slug);
        try (Session session = sessions.withOptions().tenantIdentifier(slug).openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) tx.rollback();
                throw e;
            }
        } finally {
            if (bound == null) BOUND.remove();
        }
    }

    /** The tenant the current thread's unit of work is bound to, if any. */
    public static String boundTenant() {
        return BOUND.get();
    }
}
