package io.bpohub.core.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.model.AuditRecord;
import io.bpohub.core.model.ContactRecord;
import io.bpohub.core.model.MembershipRecord;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.model.TenantRecord;
import io.bpohub.core.model.UserRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes all of one tenant's rows to a JSON file (atomically: a file either is complete or absent). */
final class TenantExporter {
    record Result(Path file, long bytes, long contacts, long users) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Path exportDir;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    TenantExporter(ControlDb control, TenantSessions tenantSessions, Path exportDir) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.exportDir = exportDir;
    }

    Result export(TenantRecord tenant) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "bpohub-tenant-export/1");
        doc.put("exportedAt", Instant.now());
        doc.put("tenant", tenant);
        List<UserRecord> users = control.tx(s -> {
            doc.put("orgUnits", s.createQuery("from OrgUnitRecord where ownerTenantId = :t order by id", OrgUnitRecord.class)
                    .setParameter("t", tenant.id).list());
            List<UserRecord> list = s.createQuery("from UserRecord where tenantId = :t order by id", UserRecord.class)
                    .setParameter("t", tenant.id).list();
            List<Long> ids = list.stream().map(u -> u.id).collect(Collectors.toList());
            doc.put("memberships", ids.isEmpty() ? List.of() : s.createQuery(
                    "from MembershipRecord where userId in (:ids) order by id", MembershipRecord.class).setParameter("ids", ids).list());
            doc.put("audit", s.createQuery("from AuditRecord where tenant = :slug order by id", AuditRecord.class)
                    .setParameter("slug", tenant.slug).list());
            return list;
        });
        // password hashes stay behind: they are credentials, not the client's data
        doc.put("users", users.stream().map(u -> Map.of("username", u.username, "displayName", u.displayName,
                "role", u.role, "unitId", u.unitId == null ? "" : u.unitId, "disabled", u.disabled)).collect(Collectors.toList()));
        List<ContactRecord> contacts = tenantSessions.inTenant(tenant.slug,
                s -> s.createQuery("from ContactRecord order by id", ContactRecord.class).list());
        doc.put("contacts", contacts);
        try {
            Files.createDirectories(exportDir);
            Path file = exportDir.resolve(tenant.slug + "-" + STAMP.format(Instant.now()) + ".json");
            Path partial = exportDir.resolve(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                json.writeValue(out, doc);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Result(file, Files.size(file), contacts.size(), users.size());
        } catch (IOException e) {
            throw new IllegalStateException("could not write the export of " + tenant.slug + " to " + exportDir + ": " + e.getMessage(), e);
        }
    }
}
