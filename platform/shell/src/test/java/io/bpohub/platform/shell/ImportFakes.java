package io.bpohub.platform.shell;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.DncImportResult;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.FilePreview;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.contacts.RejectReason;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.DncEntry;
import io.bpohub.platform.services.DoNotCallService;
import io.bpohub.platform.services.ImportStart;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.SavedMapping;
import io.bpohub.platform.services.UploadView;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recording fakes of the import and do-not-call services. */
final class ImportFakes {
    static final String UPLOAD_ID = "a".repeat(64);

    private ImportFakes() {
    }

    static ImportSummary summary(long id, ImportState state) {
        return new ImportSummary(id, "acme", "spring", "leads.csv", UPLOAD_ID, FileFormat.CSV, "UTF-8", "CN", state, 10, 7, 3,
                Map.of(RejectReason.INVALID_NUMBER, 2L, RejectReason.DO_NOT_CALL, 1L), new BigDecimal("0.700000"), List.of("name", "phone"),
                state == ImportState.FAILED ? "line 4: broken" : null, "ops", Fakes.T0, state == ImportState.RUNNING ? null : "ops",
                state == ImportState.RUNNING ? null : Fakes.T0);
    }

    static class Imports extends Fakes.Recorder implements ContactImportService {
        String uploaded;
        ImportStart started;
        final List<SavedMapping> saved = new ArrayList<>();

        public UploadView upload(Caller c, String tenant, String fileName, InputStream content) {
            try {
                uploaded = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            call("upload", c, tenant, fileName);
            return new UploadView(UPLOAD_ID, tenant, fileName, uploaded.length(), new FilePreview(FileFormat.CSV, "UTF-8", List.of()), Fakes.T0);
        }

        public FilePreview preview(Caller c, String tenant, String uploadId, String charset, int rows) {
            call("preview", c, tenant, uploadId);
            return new FilePreview(FileFormat.CSV, "UTF-8", List.of());
        }

        public JobView start(Caller c, String tenant, String campaignKey, ImportStart start) {
            call("start", c, tenant, campaignKey, start.mappingName(), start.saveMappingAs());
            started = start;
            return Fakes.Billing.job("RUNNING", 0, 0, null, null);
        }

        public void stop(Caller c, String tenant, long importId) {
            call("stop", c, tenant, importId);
        }

        public JobView resume(Caller c, String tenant, long importId) {
            call("resume", c, tenant, importId);
            return Fakes.Billing.job("RUNNING", 0, 0, null, null);
        }

        public List<ImportSummary> imports(Caller c, String tenant, String campaignKey, ImportState state, int limit) {
            call("imports", c, tenant, campaignKey, state, limit);
            return List.of(summary(12, ImportState.COMPLETED));
        }

        public ImportSummary get(Caller c, String tenant, long importId) {
            call("get", c, tenant, importId);
            return summary(importId, ImportState.COMPLETED);
        }

        public long rejects(Caller c, String tenant, long importId, TableWriter.Format format, OutputStream out) {
            call("rejects", c, tenant, importId, format);
            try {
                out.write("row,reason\n3,INVALID_NUMBER\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 1;
        }

        public List<SavedMapping> mappings(Caller c, String tenant) {
            call("mappings", c, tenant);
            return saved;
        }

        public SavedMapping saveMapping(Caller c, String tenant, String name, ColumnMapping mapping) {
            call("saveMapping", c, tenant, name);
            SavedMapping m = new SavedMapping(name, mapping, c.username(), Fakes.T0);
            saved.add(m);
            return m;
        }

        public void deleteMapping(Caller c, String tenant, String name) {
            call("deleteMapping", c, tenant, name);
        }
    }

    static class DoNotCall extends Fakes.Recorder implements DoNotCallService {
        ColumnMapping imported;

        public Page<DncEntry> list(Caller c, String owner, String prefix, int page, int size) {
            call("list", c, owner, prefix);
            return new Page<>(List.of(new DncEntry("+8613800138000", "asked", Fakes.T0, "ops")), page, size, 1);
        }

        public DncEntry add(Caller c, String owner, String number, String source) {
            call("add", c, owner, number, source);
            return new DncEntry("+8613800138000", source == null ? "added by " + c.username() : source, Fakes.T0, c.username());
        }

        public boolean remove(Caller c, String owner, String number) {
            call("remove", c, owner, number);
            return number.equals("+8613800138000");
        }

        public DncImportResult importList(Caller c, String owner, String uploadId, String charset, ColumnMapping mapping, String source) {
            call("importList", c, owner, uploadId, source);
            imported = mapping;
            return new DncImportResult(4, 2, 1, 1, List.of("row 4: x: not a number"));
        }

        public boolean blocked(String tenant, String e164) {
            return false;
        }
    }
}
