package io.bpohub.platform.services;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.FilePreview;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.documents.TableWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Contact imports into a tenant's campaigns: upload a CSV or Excel file, preview it, choose (and save) a
 * column mapping, run the import as a job with progress, download the rejected rows with their reasons.
 * An import survives a restart of the platform: RUNNING imports are resumed when it starts, after their
 * last committed batch, so every accepted row is there exactly once. Needs {@code contact:import} of the
 * tenant (reading imports: {@code contact:read}).
 */
public interface ContactImportService {
    /**
     * Stores a file and previews it. {@code fileName} ends in .csv, .txt or .xlsx. {@code tenant} may be
     * {@link OrgService#AGENCY} for the agency's do-not-call list (then {@code dnc:write} of the agency is needed).
     */
    UploadView upload(Caller caller, String tenant, String fileName, InputStream content);

    /** The first {@code rows} rows of an uploaded file read with {@code charset} (null: detect). */
    FilePreview preview(Caller caller, String tenant, String uploadId, String charset, int rows);

    /** Starts importing into a campaign; follow the job for progress; its result is the import's summary. */
    JobView start(Caller caller, String tenant, String campaignKey, ImportStart start);

    /** Asks a running import to stop after its current batch; it stays RUNNING and {@link #resume} finishes it. */
    void stop(Caller caller, String tenant, long importId);

    /** Finishes a RUNNING import (stopped, or left by a failure to read) from its last checkpoint, as a job. */
    JobView resume(Caller caller, String tenant, long importId);

    /** Imports newest first; campaign and state filter when not null. */
    List<ImportSummary> imports(Caller caller, String tenant, String campaignKey, ImportState state, int limit);

    ImportSummary get(Caller caller, String tenant, long importId);

    /** Writes the rejected rows (row number, reason, detail, then every cell as read) as CSV or Excel; returns how many. */
    long rejects(Caller caller, String tenant, long importId, TableWriter.Format format, OutputStream out);

    List<SavedMapping> mappings(Caller caller, String tenant);

    SavedMapping saveMapping(Caller caller, String tenant, String name, ColumnMapping mapping);

    void deleteMapping(Caller caller, String tenant, String name);
}
