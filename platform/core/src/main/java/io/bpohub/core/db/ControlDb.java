package io.bpohub.core.db;

import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/** Units of work on the control database, one transaction each. */
public final class ControlDb {
    private final SessionFactory sessions;

    public ControlDb(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public <T> T tx(Function<Session, T> work) {
        try (Session session = sessions.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) tx.rollback();
                throw e;
            }
        }
    }

    public void run(Consumer<Session> work) {
        tx(session -> {
            work.accept(session);
            return null;
        });
    }
}
