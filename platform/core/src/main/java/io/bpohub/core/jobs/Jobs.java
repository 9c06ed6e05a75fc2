package io.bpohub.core.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.db.ControlDb;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.PlatformException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long-running work with visible progress. A job's state lives in the control database, so progress
 * is visible from every node and survives the request that started it; work left RUNNING by a crash
 * is marked FAILED at start-up with what to do (every job kind is safe to start again).
 * <p>
 * The job's kind is "resource.action" (e.g. "billing.rate"); reading a tenant's job needs read
 * permission on that resource of that tenant.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private static final long PROGRESS_EVERY_MS = 500;

    /** What a job's work reports to. */
    public interface Progress {
        void at(long done, long total);
    }

    private final ControlDb control;
    private final Owners owners;
    private final ExecutorService workers;
    private final List<Interrupted> interrupted;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public Jobs(ControlDb control, Owners owners) {
        this.control = control;
        this.owners = owners;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bpohub-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.interrupted = control.tx(s -> {
            List<Interrupted> found = new ArrayList<>();
            for (Object row : s.createNativeQuery("SELECT j.kind, t.slug, j.subject FROM job j LEFT JOIN tenant t ON t.id = j.tenant_id "
                    + "WHERE j.state = 'RUNNING' FOR UPDATE").getResultList()) {
                Object[] r = (Object[]) row;
                found.add(new Interrupted((String) r[0], (String) r[1], (String) r[2]));
            }
            s.createNativeQuery("UPDATE job SET state = 'FAILED', finished_at = CURRENT_TIMESTAMP(3), "
                    + "message = 'interrupted by a restart of the platform; start it again (it is safe to repeat)' WHERE state = 'RUNNING'")
                    .executeUpdate();
            return List.copyOf(found);
        });
        if (!interrupted.isEmpty()) LOG.warn("{} jobs were interrupted by the last shutdown and are marked FAILED", interrupted.size());
    }

    /** A job that was running when the platform last stopped: {@code tenant} null for the agency's. */
    public record Interrupted(String kind, String tenant, String subject) {
    }

    /** The jobs the last stop of the platform interrupted (found when this platform started), for kinds that resume themselves. */
    public List<Interrupted> interruptedByRestart() {
        return interrupted;
    }

    /**
     * Starts {@code work} in the background. Refused while a job of the same kind and subject runs.
     *
     * @param work returns the job's report (stored as JSON); a {@link PlatformException} ends it FAILED with its message
     */
    public JobView start(Caller caller, Owner owner, String kind, String subject, Function<Progress, Object> work) {
        return start(caller.username(), owner, kind, subject, work);
    }

    /** As {@link #start(Caller, Owner, String, String, Function)}, for work the platform starts itself (after checking nothing). */
    public JobView start(String startedBy, Owner owner, String kind, String subject, Function<Progress, Object> work) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement running = c.prepareStatement("SELECT id FROM job WHERE kind = ? AND subject = ? AND state = 'RUNNING' "
                    + "AND tenant_id <=> ? FOR UPDATE")) {
                running.setString(1, kind);
                running.setString(2, subject);
                running.setObject(3, owner.tenantId());
                try (ResultSet rs = running.executeQuery()) {
                    if (rs.next()) {
                        throw PlatformException.conflict("job", kind + " of " + subject + " is already running as job " + rs.getString(1)
                                + "; follow that job instead");
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO job (id, kind, tenant_id, subject, state, done, total, started_at, "
                    + "started_by) VALUES (?,?,?,?, 'RUNNING', 0, 0, ?, ?)")) {
                st.setString(1, id);
                st.setString(2, kind);
                st.setObject(3, owner.tenantId());
                st.setString(4, subject);
                st.setTimestamp(5, Timestamp.from(now));
                st.setString(6, startedBy);
                st.executeUpdate();
            }
        }));
        workers.submit(() -> run(id, work));
        return new JobView(id, kind, owner.slug(), subject, "RUNNING", 0, 0, null, null, now, startedBy, null);
    }

    private void run(String id, Function<Progress, Object> work) {
        long[] last = {0};
        Progress progress = (done, total) -> {
            long now = System.currentTimeMillis();
            if (now - last[0] < PROGRESS_EVERY_MS && done < total) return;
            last[0] = now;
            update(id, "UPDATE job SET done = ?, total = ? WHERE id = ?", done, total);
        };
        try {
            Object report = work.apply(progress);
            finish(id, "SUCCEEDED", null, json.writeValueAsString(report));
        } catch (PlatformException e) {
            finish(id, "FAILED", e.getMessage(), null);
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.error("job {} failed", id, e);
            finish(id, "FAILED", "failed unexpectedly (" + e + "); the platform log has the details under job " + id, null);
        }
    }

    private void update(String id, String sql, long done, long total) {
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, done);
                st.setLong(2, total);
                st.setString(3, id);
                st.executeUpdate();
            }
        }));
    }

    private void finish(String id, String state, String message, String result) {
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE job SET state = ?, message = ?, result = ?, done = IF(? = 'SUCCEEDED', "
                    + "total, done), finished_at = ? WHERE id = ?")) {
                st.setString(1, state);
                st.setString(2, message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message);
                st.setString(3, result);
                st.setString(4, state);
                st.setTimestamp(5, Timestamp.from(Instant.now()));
                st.setString(6, id);
                st.executeUpdate();
            }
        }));
    }

    /** The job, if the caller may read the resource it works on (for the tenant it works on). */
    public JobView get(Caller caller, String id) {
        Object[] row = control.tx(s -> (Object[]) s.createNativeQuery("SELECT j.id, j.kind, t.slug, j.subject, j.state, j.done, j.total, "
                + "j.message, j.result, j.started_at, j.started_by, j.finished_at FROM job j LEFT JOIN tenant t ON t.id = j.tenant_id "
                + "WHERE j.id = :id").setParameter("id", id == null ? "" : id).uniqueResult());
        if (row == null) throw PlatformException.notFound("no job " + id);
        String kind = (String) row[1];
        String slug = (String) row[2];
        owners.resolve(caller, slug == null ? io.bpohub.platform.services.OrgService.AGENCY : slug, kind.substring(0, kind.indexOf('.')), "read");
        return new JobView((String) row[0], kind, slug, (String) row[3], (String) row[4], ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), (String) row[7], (String) row[8], ((Timestamp) row[9]).toInstant(), (String) row[10],
                row[11] == null ? null : ((Timestamp) row[11]).toInstant());
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
