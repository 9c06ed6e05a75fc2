package io.bpohub.core.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.Offer;
import io.bpohub.platform.services.WorkflowStage;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;

/** Campaign rows of a tenant's database (campaign, campaign_team, campaign_disposition). */
public final class CampaignStore {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A stored campaign: its definition, state and who changed it. */
    public record Stored(String key, CampaignSpec spec, CampaignState state, Instant createdAt, String createdBy, Instant changedAt,
                         String changedBy) {
    }

    private CampaignStore() {
    }

    static boolean exists(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM campaign WHERE campaign_key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void insert(Connection c, String key, CampaignSpec s, String by, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO campaign (campaign_key, name, kind, state, offer, start_date, end_date, "
                + "dialing_windows, cadence, script_key, operating_mode, created_at, created_by, changed_at, changed_by) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            st.setString(1, key);
            st.setString(2, s.name());
            st.setString(3, s.kind().name());
            st.setString(4, CampaignState.ACTIVE.name());
            st.setString(5, s.offer() == null ? null : write(s.offer()));
            st.setDate(6, Date.valueOf(s.startDate()));
            st.setDate(7, s.endDate() == null ? null : Date.valueOf(s.endDate()));
            st.setString(8, write(s.windows()));
            st.setString(9, write(s.cadence()));
            st.setString(10, s.scriptKey());
            st.setString(11, s.operatingMode() == null ? null : s.operatingMode().name());
            st.setTimestamp(12, Timestamp.from(at));
            st.setString(13, by);
            st.setTimestamp(14, Timestamp.from(at));
            st.setString(15, by);
            st.executeUpdate();
        }
        writeChildren(c, key, s);
    }

    static void update(Connection c, String key, CampaignSpec s, String by, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE campaign SET name = ?, kind = ?, offer = ?, start_date = ?, end_date = ?, "
                + "dialing_windows = ?, cadence = ?, script_key = ?, operating_mode = ?, changed_at = ?, changed_by = ? WHERE campaign_key = ?")) {
            st.setString(1, s.name());
            st.setString(2, s.kind().name());
            st.setString(3, s.offer() == null ? null : write(s.offer()));
            st.setDate(4, Date.valueOf(s.startDate()));
            st.setDate(5, s.endDate() == null ? null : Date.valueOf(s.endDate()));
            st.setString(6, write(s.windows()));
            st.setString(7, write(s.cadence()));
            st.setString(8, s.scriptKey());
            st.setString(9, s.operatingMode() == null ? null : s.operatingMode().name());
            st.setTimestamp(10, Timestamp.from(at));
            st.setString(11, by);
            st.setString(12, key);
            st.executeUpdate();
        }
        for (String table : List.of("campaign_team", "campaign_disposition")) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE campaign_key = ?")) {
                st.setString(1, key);
                st.executeUpdate();
            }
        }
        writeChildren(c, key, s);
    }

    private static void writeChildren(Connection c, String key, CampaignSpec s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO campaign_team (campaign_key, team_id) VALUES (?,?)")) {
            for (Long team : s.teamIds()) {
                st.setString(1, key);
                st.setLong(2, team);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO campaign_disposition (campaign_key, disposition_key, position, label, "
                + "result, intent_class, stage) VALUES (?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Disposition d : s.dispositions()) {
                st.setString(1, key);
                st.setString(2, d.key());
                st.setInt(3, position++);
                st.setString(4, d.label());
                st.setString(5, d.result().name());
                st.setString(6, d.intentClass() == null ? null : d.intentClass().name());
                st.setString(7, d.stage() == null ? null : d.stage().name());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Moves the campaign to {@code to} if it is in one of {@code from}; false when it was not. */
    static boolean changeState(Connection c, String key, CampaignState to, List<CampaignState> from, String by, Instant at) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < from.size(); i++) in.append(i == 0 ? "?" : ",?");
        try (PreparedStatement st = c.prepareStatement("UPDATE campaign SET state = ?, changed_at = ?, changed_by = ? "
                + "WHERE campaign_key = ? AND state IN (" + in + ")")) {
            st.setString(1, to.name());
            st.setTimestamp(2, Timestamp.from(at));
            st.setString(3, by);
            st.setString(4, key);
            for (int i = 0; i < from.size(); i++) st.setString(5 + i, from.get(i).name());
            return st.executeUpdate() == 1;
        }
    }

    /** The campaign, or null. */
    public static Stored find(Connection c, String key) throws SQLException {
        List<Stored> found = select(c, "WHERE campaign_key = ?", List.of(key), 0, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Stored> list(Connection c, CampaignState state, int page, int size) throws SQLException {
        return state == null ? select(c, "", List.of(), page * size, size) : select(c, "WHERE state = ?", List.of(state.name()), page * size, size);
    }

    static long count(Connection c, CampaignState state) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM campaign" + (state == null ? "" : " WHERE state = ?"))) {
            if (state != null) st.setString(1, state.name());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Stored> select(Connection c, String where, List<String> params, int offset, int limit) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT campaign_key, name, kind, state, offer, start_date, end_date, dialing_windows, "
                + "cadence, script_key, operating_mode, created_at, created_by, changed_at, changed_by FROM campaign " + where
                + " ORDER BY campaign_key LIMIT ? OFFSET ?")) {
            int i = 1;
            for (String p : params) st.setString(i++, p);
            st.setInt(i++, limit);
            st.setInt(i, offset);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    Date end = rs.getDate(7);
                    String mode = rs.getString(11);
                    String offer = rs.getString(5);
                    CampaignSpec spec = new CampaignSpec(rs.getString(2), CampaignKind.valueOf(rs.getString(3)),
                            offer == null ? null : read(offer, new TypeReference<Offer>() { }),
                            rs.getDate(6).toLocalDate(), end == null ? null : end.toLocalDate(),
                            read(rs.getString(8), new TypeReference<List<DialingWindow>>() { }), null, null,
                            read(rs.getString(9), new TypeReference<CadenceRules>() { }), rs.getString(10),
                            mode == null ? null : OperatingMode.valueOf(mode));
                    out.add(new Stored(key, spec, CampaignState.valueOf(rs.getString(4)), rs.getTimestamp(12).toInstant(), rs.getString(13),
                            rs.getTimestamp(14).toInstant(), rs.getString(15)));
                }
            }
        }
        List<Stored> full = new ArrayList<>();
        for (Stored s : out) {
            CampaignSpec p = s.spec();
            full.add(new Stored(s.key(), new CampaignSpec(p.name(), p.kind(), p.offer(), p.startDate(), p.endDate(), p.windows(),
                    teams(c, s.key()), dispositions(c, s.key()), p.cadence(), p.scriptKey(), p.operatingMode()),
                    s.state(), s.createdAt(), s.createdBy(), s.changedAt(), s.changedBy()));
        }
        return full;
    }

    private static List<Long> teams(Connection c, String key) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT team_id FROM campaign_team WHERE campaign_key = ? ORDER BY team_id")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static List<Disposition> dispositions(Connection c, String key) throws SQLException {
        List<Disposition> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT disposition_key, label, result, intent_class, stage FROM campaign_disposition "
                + "WHERE campaign_key = ? ORDER BY position")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String cls = rs.getString(4);
                    String stage = rs.getString(5);
                    out.add(new Disposition(rs.getString(1), rs.getString(2), CallResult.valueOf(rs.getString(3)),
                            cls == null ? null : IntentClass.valueOf(cls), stage == null ? null : WorkflowStage.valueOf(stage)));
                }
            }
        }
        return out;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored campaign JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }

}
