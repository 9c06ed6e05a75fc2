package io.bpohub.contactimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One import per campaign at a time, across every node: a MariaDB named lock held by the importing
 * session. The server frees it when that session ends, so a crashed import never blocks its own resume
 * for longer than the server takes to notice the dropped connection (the wait below).
 */
final class CampaignLock implements AutoCloseable {
    private static final String NAME = "CONCAT('bpohub-ci-', MD5(CONCAT(DATABASE(), '/', ?)))";
    private final Connection c;
    private final String campaignKey;

    private CampaignLock(Connection c, String campaignKey) {
        this.c = c;
        this.campaignKey = campaignKey;
    }

    /** The lock, or null when another session holds it for {@code waitSeconds}. */
    static CampaignLock acquire(Connection c, String campaignKey, int waitSeconds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(" + NAME + ", ?)")) {
            ps.setString(1, campaignKey);
            ps.setInt(2, waitSeconds);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1 ? new CampaignLock(c, campaignKey) : null;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (c.isClosed()) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(" + NAME + ")")) {
            ps.setString(1, campaignKey);
            ps.executeQuery().close();
        }
    }
}
