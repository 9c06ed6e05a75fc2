package io.bpohub.core.billing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bpohub.core.db.ControlDb;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Rate plans ({@code rate_plan}) or carrier cost tables ({@code cost_table}) as JSON documents of the
 * published types in the control database. Each revision is read into one object and kept, because
 * the rating engine caches its compiled form per object.
 */
final class PriceLists<T> {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ControlDb control;
    private final String table;
    private final Class<T> type;
    private final Map<String, T> byIdAndRevision = new ConcurrentHashMap<>();

    /** @param table a constant of the caller, never user input */
    PriceLists(ControlDb control, String table, Class<T> type) {
        this.control = control;
        this.table = table;
        this.type = type;
    }

    void save(String id, T document, String by) {
        String text = write(document);
        control.run(s -> s.doWork(c -> {
            try (var st = c.prepareStatement("INSERT INTO " + table + " (id, document, revision, changed_at, changed_by) VALUES (?,?,1,?,?) "
                    + "ON DUPLICATE KEY UPDATE revision = revision + 1, document = VALUES(document), changed_at = VALUES(changed_at), "
                    + "changed_by = VALUES(changed_by)")) {
                st.setString(1, id);
                st.setString(2, text);
                st.setTimestamp(3, Timestamp.from(Instant.now()));
                st.setString(4, by);
                st.executeUpdate();
            }
        }));
    }

    List<T> all() {
        List<?> rows = control.tx(s -> s.createNativeQuery("SELECT id, revision, document FROM " + table + " ORDER BY id").getResultList());
        return rows.stream().map(row -> cached((Object[]) row)).collect(Collectors.toList());
    }

    /** The current revision, or null. */
    T byId(String id) {
        if (id == null) return null;
        List<?> rows = control.tx(s -> s.createNativeQuery("SELECT id, revision, document FROM " + table + " WHERE id = :id")
                .setParameter("id", id).getResultList());
        return rows.isEmpty() ? null : cached((Object[]) rows.get(0));
    }

    boolean exists(String id) {
        return id != null && control.tx(s -> !s.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = :id").setParameter("id", id)
                .getResultList().isEmpty());
    }

    private T cached(Object[] row) {
        return byIdAndRevision.computeIfAbsent(row[0] + "@" + row[1], k -> read((String) row[2]));
    }

    private T read(String document) {
        try {
            return JSON.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + table + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(document.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}
