package io.bpohub.api.contacts;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Do-not-call lists kept in a database's {@code dnc_number} table: a tenant's list in the tenant
 * database; the agency-wide list in the control database (same table shape). Checked at import and
 * again at dial time: a number is blocked when {@code isListed(tenantDb, n) || agencyList.contains(n)}.
 */
public interface DoNotCallRegistry {
    /** Adds every valid number of a file to the list in {@code db}; numbers already listed keep their first source. */
    DncImportResult importList(DncImportRequest request, Path file, Connection db) throws ImportException, IOException, SQLException;

    /**
     * Adds one number (any format, normalised with {@code defaultRegion}).
     *
     * @return its E.164 form
     * @throws IllegalArgumentException when it is not a valid number
     */
    String add(Connection db, String number, String defaultRegion, String source, String addedBy) throws SQLException;

    /** Removes one number; whether it was listed. */
    boolean remove(Connection db, String e164) throws SQLException;

    /** One lookup in {@code db}'s list: for dial time. */
    boolean isListed(Connection db, String e164) throws SQLException;

    /** The whole list of {@code db} as an immutable in-memory snapshot (compact: numbers as primitives, not strings). */
    DoNotCallList load(Connection db) throws SQLException;
}
