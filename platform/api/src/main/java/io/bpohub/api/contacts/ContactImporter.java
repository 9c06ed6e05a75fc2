package io.bpohub.api.contacts;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Imports contact files into a campaign of one tenant's database, with data qualification.
 * <p>
 * Every row is checked in file order: the phone cell is normalised to E.164 with the row's region
 * hint or the request's default region and must be a valid number; the first row with a number wins
 * and later rows with the same number (in any format) are rejected naming it; numbers already in the
 * campaign and numbers on the tenant's do-not-call list (table {@code dnc_number} of {@code tenantDb})
 * or on {@code agencyList} are rejected. Each contact gets the time zone(s) of its number, narrowed or
 * widened by its city or address (several zones mean: call only in the window valid in all of them).
 * <p>
 * Durability: rows are written in batches; each batch commits in one transaction with the import's
 * checkpoint, so after a crash {@link #resume} goes on after the last committed row and no row is
 * written twice. Contacts of an import that is not {@link ImportState#COMPLETED} must not be dialled.
 * <p>
 * The connection is the tenant's: the importer uses it for the whole call, changes its auto-commit
 * while it runs and restores it, and never closes it. One import per campaign runs at a time.
 */
public interface ContactImporter {
    /** The first {@code rows} rows of a file, for choosing a mapping. */
    FilePreview preview(Path file, FileFormat format, String charset, int rows) throws IOException, ImportException;

    /**
     * Records a new import and runs it to the end.
     *
     * @param agencyList the agency-wide do-not-call list (the caller loads it from the control database);
     *                   {@link DoNotCallList#NONE} for none
     * @return the summary of the {@link ImportState#COMPLETED} import
     * @throws ImportException the file is malformed (import FAILED, nothing applied) or the listener stopped it
     * @throws SQLException    the database failed; the import stays RUNNING and can be resumed
     * @throws IOException     the file could not be read; the import stays RUNNING
     */
    ImportSummary run(ImportRequest request, Path file, Connection tenantDb, DoNotCallList agencyList, ImportListener listener)
            throws ImportException, IOException, SQLException;

    /**
     * Finishes a {@link ImportState#RUNNING} import after its last checkpoint, with the same file (checked
     * by its SHA-256) and the request recorded when it started. A finished import is returned as it is.
     *
     * @param resumedBy the user or process resuming (recorded as who finished it)
     */
    ImportSummary resume(long importId, Path file, String resumedBy, Connection tenantDb, DoNotCallList agencyList,
                         ImportListener listener) throws ImportException, IOException, SQLException;

    Optional<ImportSummary> summary(Connection tenantDb, long importId) throws SQLException;

    /**
     * Imports newest first; {@code campaignKey} and {@code state} filter when not null. The platform resumes
     * the {@link ImportState#RUNNING} ones after a restart.
     */
    List<ImportSummary> imports(Connection tenantDb, String campaignKey, ImportState state, int limit) throws SQLException;

    /** Rejected rows of an import in row order, {@code limit} rows after row {@code afterRow} (0 for the first page). */
    List<ImportReject> rejects(Connection tenantDb, long importId, long afterRow, int limit) throws SQLException;
}
