package io.bpohub.core.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactImporter;
import io.bpohub.api.contacts.FilePreview;
import io.bpohub.api.contacts.ImportException;
import io.bpohub.api.contacts.ImportListener;
import io.bpohub.api.contacts.ImportProgress;
import io.bpohub.api.contacts.ImportReject;
import io.bpohub.api.contacts.ImportRequest;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.campaigns.CampaignStore;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.DirectConnections;
import io.bpohub.core.jobs.Jobs;
import io.bpohub.core.model.TenantRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.ImportStart;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.SavedMapping;
import io.bpohub.platform.services.TenantStatus;
import io.bpohub.platform.services.UploadView;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contact imports as the platform offers them: files uploaded to the server, imports run as jobs by the
 * hot-deployable importer (bundles/contact-import) on a connection of the tenant's own database, checked
 * against the tenant's and the agency's do-not-call lists. Every operation needs {@code contact:import} of
 * the tenant: an import's summary and rejects carry whole rows of contact data, so they are not for
 * everyone who may read contacts.
 */
public final class ContactImports implements ContactImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ContactImports.class);
    static final String JOB_KIND = "contact.import";
    private static final String SUBJECT_PREFIX = "campaign ";
    private static final int REJECT_PAGE = 1000;

    private final ControlDb control;
    private final Owners owners;
    private final AuditLog audit;
    private final Jobs jobs;
    private final Uploads uploads;
    private final DirectConnections databases;
    private final Supplier<ContactImporter> importer;
    private final Supplier<TableWriter> tables;
    private final DoNotCallLists dnc;
    /** "slug/importId" of running imports asked to stop at their next checkpoint. */
    private final Set<String> stopRequested = ConcurrentHashMap.newKeySet();
    private final ObjectMapper json = new ObjectMapper();

    public ContactImports(ControlDb control, Owners owners, AuditLog audit, Jobs jobs, Uploads uploads, DirectConnections databases,
                          Supplier<ContactImporter> importer, Supplier<TableWriter> tables, DoNotCallLists dnc) {
        this.control = control;
        this.owners = owners;
        this.audit = audit;
        this.jobs = jobs;
        this.uploads = uploads;
        this.databases = databases;
        this.importer = importer;
        this.tables = tables;
        this.dnc = dnc;
    }

    @Override
    public UploadView upload(Caller caller, String tenant, String fileName, InputStream content) {
        Owner owner = OrgService.AGENCY.equals(tenant) ? owners.resolve(caller, tenant, "dnc", "write")
                : owners.resolve(caller, tenant, "contact", "import");
        Uploads.Stored stored = uploads.store(owner.label(), fileName, content);
        FilePreview preview = preview(stored, null, 10);
        audit.record(caller, owner.slug(), "upload", stored.fileName(), AuditLog.OK, stored.bytes() + " bytes as " + stored.id());
        return new UploadView(stored.id(), owner.label(), stored.fileName(), stored.bytes(), preview, stored.uploadedAt());
    }

    @Override
    public FilePreview preview(Caller caller, String tenant, String uploadId, String charset, int rows) {
        Owner owner = OrgService.AGENCY.equals(tenant) ? owners.resolve(caller, tenant, "dnc", "write")
                : owners.resolve(caller, tenant, "contact", "import");
        if (rows < 1 || rows > 100) throw PlatformException.invalid("rows", "a preview shows 1 to 100 rows");
        return preview(uploads.find(owner.label(), uploadId), charset, rows);
    }

    private FilePreview preview(Uploads.Stored stored, String charset, int rows) {
        try {
            return importer.get().preview(stored.file(), stored.format(), charset, rows);
        } catch (ImportException e) {
            throw PlatformException.invalid(e.field() == null ? "file" : e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("charset", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading upload " + stored.id() + " failed", e);
        }
    }

    @Override
    public JobView start(Caller caller, String tenant, String campaignKey, ImportStart start) {
        Owner owner = tenantOwner(caller, tenant);
        if (start == null) throw PlatformException.invalid("uploadId", "an import names its upload and its column mapping");
        Uploads.Stored file = uploads.find(owner.slug(), start.uploadId());
        ColumnMapping mapping = start.mapping() != null ? start.mapping() : savedMapping(owner.slug(), start.mappingName());
        requireOpenCampaign(owner.slug(), campaignKey);
        ImportRequest request;
        try {
            request = new ImportRequest(owner.slug(), campaignKey, start.fileName() == null || start.fileName().isBlank() ? file.fileName()
                    : start.fileName(), file.format(), start.charset(), regionOf(owner.slug()), mapping, start.strictColumns(), caller.username());
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("import", e.getMessage());
        }
        if (start.saveMappingAs() != null) saveMapping(caller, tenant, start.saveMappingAs(), mapping);
        JobView job = jobs.start(caller, owner, JOB_KIND, subject(campaignKey), progress -> {
            try (Connection c = databases.tenant(owner.slug())) {
                return importer.get().run(request, file.file(), c, dnc.agencyList(), listener(owner.slug(), progress));
            } catch (ImportException e) {
                throw failure(owner.slug(), e);
            } catch (SQLException | IOException e) {
                throw interrupted(owner.slug(), 0, e);
            }
        });
        audit.record(caller, owner.slug(), "contact.import", campaignKey, AuditLog.OK, file.fileName() + " (" + file.bytes() + " bytes) as job " + job.id());
        return job;
    }

    @Override
    public void stop(Caller caller, String tenant, long importId) {
        Owner owner = tenantOwner(caller, tenant);
        ImportSummary s = summary(owner.slug(), importId);
        if (s.state() != ImportState.RUNNING) throw PlatformException.conflict("importId", "import " + importId + " is " + s.state() + "; only a running import can be stopped");
        stopRequested.add(owner.slug() + "/" + importId);
        audit.record(caller, owner.slug(), "contact.import.stop", String.valueOf(importId), AuditLog.OK, "stops at its next checkpoint");
    }

    @Override
    public JobView resume(Caller caller, String tenant, long importId) {
        Owner owner = tenantOwner(caller, tenant);
        JobView job = resume(caller.username(), owner, summary(owner.slug(), importId));
        audit.record(caller, owner.slug(), "contact.import.resume", String.valueOf(importId), AuditLog.OK, "as job " + job.id());
        return job;
    }

    private JobView resume(String by, Owner owner, ImportSummary s) {
        if (s.state() != ImportState.RUNNING) {
            throw PlatformException.conflict("importId", "import " + s.importId() + " is " + s.state() + "; there is nothing to resume");
        }
        Uploads.Stored file = uploads.find(owner.slug(), s.fileSha256());
        stopRequested.remove(owner.slug() + "/" + s.importId());
        return jobs.start(by, owner, JOB_KIND, subject(s.campaignKey()), progress -> {
            try (Connection c = databases.tenant(owner.slug())) {
                return importer.get().resume(s.importId(), file.file(), by, c, dnc.agencyList(), listener(owner.slug(), progress));
            } catch (ImportException e) {
                throw failure(owner.slug(), e);
            } catch (SQLException | IOException e) {
                throw interrupted(owner.slug(), s.importId(), e);
            }
        });
    }

    /**
     * Resumes, as jobs, the imports that the last stop of the platform interrupted: those of campaigns whose
     * import job was running then (a stopped import, whose job ended, stays stopped until someone resumes it).
     * Called once at start-up. A failure is logged per import, which stays RUNNING for a resume by hand.
     */
    public int resumeInterrupted() {
        int resumed = 0;
        for (Jobs.Interrupted job : jobs.interruptedByRestart()) {
            if (!JOB_KIND.equals(job.kind()) || job.tenant() == null || !job.subject().startsWith(SUBJECT_PREFIX)) continue;
            String campaignKey = job.subject().substring(SUBJECT_PREFIX.length());
            try {
                TenantRecord t = control.tx(s -> s.createQuery("from TenantRecord where slug = :s", TenantRecord.class)
                        .setParameter("s", job.tenant()).uniqueResult());
                if (t == null || t.status != TenantStatus.ACTIVE) continue;
                Owner owner = new Owner(t.slug, t.id, t.timeZone);
                for (ImportSummary s : withTenant(t.slug, c -> importer.get().imports(c, campaignKey, ImportState.RUNNING, 100))) {
                    JobView resumedAs = resume("platform", owner, s);
                    LOG.info("resuming import {} of tenant {} (campaign {}, {} rows done) as job {}", s.importId(), t.slug, campaignKey,
                            s.rowsRead(), resumedAs.id());
                    resumed++;
                }
            } catch (RuntimeException e) {
                LOG.warn("the interrupted import of campaign {} of tenant {} cannot be resumed now ({}); resume it with bpo:import-resume",
                        campaignKey, job.tenant(), e.getMessage());
            }
        }
        return resumed;
    }

    @Override
    public List<ImportSummary> imports(Caller caller, String tenant, String campaignKey, ImportState state, int limit) {
        Owner owner = tenantOwner(caller, tenant);
        if (limit < 1 || limit > 500) throw PlatformException.invalid("limit", "limit is 1 to 500");
        return withTenant(owner.slug(), c -> importer.get().imports(c, campaignKey, state, limit));
    }

    @Override
    public ImportSummary get(Caller caller, String tenant, long importId) {
        return summary(tenantOwner(caller, tenant).slug(), importId);
    }

    @Override
    public long rejects(Caller caller, String tenant, long importId, TableWriter.Format format, OutputStream out) {
        Owner owner = tenantOwner(caller, tenant);
        if (format == null) throw PlatformException.invalid("format", "format must be CSV or XLSX");
        ImportSummary s = summary(owner.slug(), importId);
        List<String> headers = new ArrayList<>(List.of("row", "reason", "detail"));
        headers.addAll(s.sourceHeaders());
        long written = withTenant(owner.slug(), c -> {
            RejectRows rows = new RejectRows(c, importId);
            try {
                tables.get().write(format, "rejects", headers, rows, out);
            } catch (IOException e) {
                throw new UncheckedIOException("writing the rejects of import " + importId + " failed", e);
            }
            return rows.count;
        });
        audit.record(caller, owner.slug(), "contact.import.rejects", String.valueOf(importId), AuditLog.OK, written + " rows as " + format);
        return written;
    }

    /** Reject rows page by page in row order: a million rejects never sit in memory. */
    private final class RejectRows implements Iterator<List<?>> {
        private final Connection c;
        private final long importId;
        private List<ImportReject> page = List.of();
        private int next;
        private long afterRow;
        private boolean exhausted;
        long count;

        RejectRows(Connection c, long importId) {
            this.c = c;
            this.importId = importId;
        }

        @Override
        public boolean hasNext() {
            if (next < page.size()) return true;
            if (exhausted) return false;
            try {
                page = importer.get().rejects(c, importId, afterRow, REJECT_PAGE);
            } catch (SQLException e) {
                throw new IllegalStateException("reading the rejects of import " + importId + " failed", e);
            }
            next = 0;
            exhausted = page.size() < REJECT_PAGE;
            if (!page.isEmpty()) afterRow = page.get(page.size() - 1).row();
            return !page.isEmpty();
        }

        @Override
        public List<?> next() {
            if (!hasNext()) throw new NoSuchElementException();
            ImportReject r = page.get(next++);
            count++;
            List<Object> row = new ArrayList<>(List.of(r.row(), r.reason().name(), r.detail()));
            row.addAll(r.values());
            return row;
        }
    }

    @Override
    public List<SavedMapping> mappings(Caller caller, String tenant) {
        Owner owner = tenantOwner(caller, tenant);
        return withTenant(owner.slug(), c -> {
            List<SavedMapping> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT name, mapping, saved_by, saved_at FROM import_mapping ORDER BY name");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new SavedMapping(rs.getString(1), readMapping(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant()));
            }
            return out;
        });
    }

    @Override
    public SavedMapping saveMapping(Caller caller, String tenant, String name, ColumnMapping mapping) {
        Owner owner = tenantOwner(caller, tenant);
        if (name == null || !name.strip().matches("[\\p{L}\\p{N} _.-]{1,64}")) {
            throw PlatformException.invalid("name", "a mapping name is 1 to 64 letters, digits, spaces, _ . or -");
        }
        if (mapping == null) throw PlatformException.invalid("mapping", "a mapping to save is required");
        Instant now = Instant.now();
        String text = writeMapping(mapping);
        withTenant(owner.slug(), c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO import_mapping (name, mapping, saved_by, saved_at) VALUES (?,?,?,?) "
                    + "ON DUPLICATE KEY UPDATE mapping = VALUES(mapping), saved_by = VALUES(saved_by), saved_at = VALUES(saved_at)")) {
                st.setString(1, name.strip());
                st.setString(2, text);
                st.setString(3, caller.username());
                st.setTimestamp(4, Timestamp.from(now));
                return st.executeUpdate();
            }
        });
        audit.record(caller, owner.slug(), "contact.import.mapping.save", name.strip(), AuditLog.OK, text);
        return new SavedMapping(name.strip(), mapping, caller.username(), now);
    }

    @Override
    public void deleteMapping(Caller caller, String tenant, String name) {
        Owner owner = tenantOwner(caller, tenant);
        int deleted = withTenant(owner.slug(), c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM import_mapping WHERE name = ?")) {
                st.setString(1, name);
                return st.executeUpdate();
            }
        });
        if (deleted == 0) throw PlatformException.notFound("no saved mapping " + name);
        audit.record(caller, owner.slug(), "contact.import.mapping.delete", name, AuditLog.OK, null);
    }

    private ColumnMapping savedMapping(String slug, String name) {
        if (name == null || name.isBlank()) throw PlatformException.invalid("mapping", "give a column mapping or the name of a saved one");
        String text = withTenant(slug, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT mapping FROM import_mapping WHERE name = ?")) {
                st.setString(1, name.strip());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (text == null) throw PlatformException.notFound("no saved mapping " + name + "; list them with GET .../import-mappings");
        return readMapping(text);
    }

    private String writeMapping(ColumnMapping mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a column mapping could not be written as JSON", e);
        }
    }

    private ColumnMapping readMapping(String text) {
        try {
            return json.readValue(text, ColumnMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved column mapping is not readable: " + text, e);
        }
    }

    private void requireOpenCampaign(String slug, String campaignKey) {
        CampaignStore.Stored campaign = withTenant(slug, c -> CampaignStore.find(c, campaignKey == null ? "" : campaignKey));
        if (campaign == null) throw PlatformException.notFound("no campaign " + campaignKey + " in " + slug);
        if (campaign.state() == CampaignState.CLOSED) {
            throw PlatformException.conflict("campaign", "campaign " + campaignKey + " is closed; contacts can only be imported into an open campaign");
        }
    }

    private ImportListener listener(String slug, Jobs.Progress progress) {
        return new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                progress.at(p.bytesRead(), Math.max(p.bytesTotal(), p.bytesRead()));
                if (stopRequested.remove(slug + "/" + p.importId())) {
                    throw new IllegalStateException("stopped at the user's request");
                }
            }
        };
    }

    /** Malformed file: nothing applied, the message names line and field. Stopped: resumable. */
    private static PlatformException failure(String slug, ImportException e) {
        String field = e.field() == null ? "file" : e.field();
        if (e.resumable()) {
            return PlatformException.conflict(field, e.getMessage() + " (resume: POST /api/v1/tenants/" + slug + "/imports/" + e.importId()
                    + "/resume or bpo:import-resume " + slug + " " + e.importId() + ")");
        }
        return PlatformException.invalid(field, e.getMessage() + "; nothing of this file was imported: fix it and upload it again");
    }

    private static PlatformException interrupted(String slug, long importId, Exception e) {
        return new PlatformException(PlatformException.Kind.UNAVAILABLE, null, "the import was interrupted (" + e.getMessage()
                + "); what is committed stays; resume it with bpo:import-resume " + slug + (importId > 0 ? " " + importId : " <import id>"));
    }

    private Owner tenantOwner(Caller caller, String tenant) {
        if (OrgService.AGENCY.equals(tenant)) throw PlatformException.invalid("tenant", "contacts are imported into a tenant's campaign, not the agency");
        return owners.resolve(caller, tenant, "contact", "import");
    }

    private ImportSummary summary(String slug, long importId) {
        return withTenant(slug, c -> importer.get().summary(c, importId))
                .orElseThrow(() -> PlatformException.notFound("no import " + importId + " in " + slug));
    }

    private String regionOf(String slug) {
        return dnc.regionOf(slug);
    }

    private static String subject(String campaignKey) {
        return SUBJECT_PREFIX + campaignKey;
    }

    private <T> T withTenant(String slug, DirectConnections.Work<T> work) {
        return databases.in(slug, work);
    }
}
