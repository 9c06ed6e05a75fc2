package io.bpohub.core.imports;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.DncImportRequest;
import io.bpohub.api.contacts.DncImportResult;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.DoNotCallRegistry;
import io.bpohub.api.contacts.ImportException;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.DirectConnections;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DncEntry;
import io.bpohub.platform.services.DoNotCallService;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The do-not-call lists: each tenant's {@code dnc_number} table in its own database, and the agency's in
 * the control database, both kept by the hot-deployable registry (bundles/contact-import). National
 * numbers are read in the owner's region: a tenant's from its locale (zh-CN: CN), the agency's from
 * configuration.
 */
public final class DoNotCallLists implements DoNotCallService {
    private final ControlDb control;
    private final Owners owners;
    private final AuditLog audit;
    private final DirectConnections databases;
    private final Uploads uploads;
    private final Supplier<DoNotCallRegistry> registry;
    private final String agencyRegion;

    public DoNotCallLists(ControlDb control, Owners owners, AuditLog audit, DirectConnections databases, Uploads uploads,
                          Supplier<DoNotCallRegistry> registry, String agencyRegion) {
        this.control = control;
        this.owners = owners;
        this.audit = audit;
        this.databases = databases;
        this.uploads = uploads;
        this.registry = registry;
        this.agencyRegion = agencyRegion;
    }

    @Override
    public Page<DncEntry> list(Caller caller, String owner, String prefix, int page, int size) {
        Owner o = owners.resolve(caller, owner, "dnc", "read");
        Page.check(page, size);
        String like = prefix == null || prefix.isBlank() ? "+%" : "+" + digits(prefix) + "%";
        return databases.in(o.slug(), c -> {
            long total;
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM dnc_number WHERE e164 LIKE ?")) {
                st.setString(1, like);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<DncEntry> items = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT e164, source, added_at, added_by FROM dnc_number WHERE e164 LIKE ? "
                    + "ORDER BY e164 LIMIT ? OFFSET ?")) {
                st.setString(1, like);
                st.setInt(2, size);
                st.setLong(3, (long) page * size);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) items.add(new DncEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)));
                }
            }
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public DncEntry add(Caller caller, String owner, String number, String source) {
        Owner o = owners.resolve(caller, owner, "dnc", "write");
        String from = source == null || source.isBlank() ? "added by " + caller.username() : source.strip();
        if (from.length() > 200) throw PlatformException.invalid("source", "a source is at most 200 characters");
        String e164 = databases.in(o.slug(), c -> {
            try {
                return registry.get().add(c, number == null ? "" : number, region(o), from, caller.username());
            } catch (IllegalArgumentException e) {
                throw PlatformException.invalid("number", e.getMessage());
            }
        });
        audit.record(caller, o.slug(), "dnc.add", e164, AuditLog.OK, from);
        return databases.in(o.slug(), c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT e164, source, added_at, added_by FROM dnc_number WHERE e164 = ?")) {
                st.setString(1, e164);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new DncEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4));
                }
            }
        });
    }

    @Override
    public boolean remove(Caller caller, String owner, String number) {
        Owner o = owners.resolve(caller, owner, "dnc", "write");
        if (number == null || !number.strip().matches("\\+[1-9][0-9]{3,14}")) {
            throw PlatformException.invalid("number", "give the number as listed, in E.164 (+ and digits), e.g. +8613800138000");
        }
        boolean removed = databases.in(o.slug(), c -> registry.get().remove(c, number.strip()));
        audit.record(caller, o.slug(), "dnc.remove", number.strip(), AuditLog.OK, removed ? "removed" : "was not listed");
        return removed;
    }

    @Override
    public DncImportResult importList(Caller caller, String owner, String uploadId, String charset, ColumnMapping mapping, String source) {
        Owner o = owners.resolve(caller, owner, "dnc", "write");
        Uploads.Stored file = uploads.find(o.label(), uploadId);
        DncImportRequest request;
        try {
            request = new DncImportRequest(source, file.format(), charset, region(o), mapping, caller.username());
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("request", e.getMessage());
        }
        DncImportResult result = databases.in(o.slug(), c -> {
            try {
                return registry.get().importList(request, file.file(), c);
            } catch (ImportException e) {
                throw PlatformException.invalid(e.field() == null ? "file" : e.field(), e.getMessage() + "; no number of this file was added");
            } catch (IOException e) {
                throw new UncheckedIOException("reading upload " + uploadId + " failed", e);
            }
        });
        audit.record(caller, o.slug(), "dnc.import", file.fileName(), AuditLog.OK, result.added() + " added, " + result.alreadyListed()
                + " already listed, " + result.invalid() + " invalid of " + result.rowsRead());
        return result;
    }

    @Override
    public boolean blocked(String tenant, String e164) {
        DoNotCallRegistry r = registry.get();
        return databases.in(tenant, c -> r.isListed(c, e164)) || databases.in(null, c -> r.isListed(c, e164));
    }

    /** The agency's list as an in-memory snapshot, for an import. */
    DoNotCallList agencyList() throws SQLException {
        try (Connection c = databases.control()) {
            return registry.get().load(c);
        }
    }

    /** The region a tenant's national numbers are in: the country of its locale, else the agency's. */
    String regionOf(String slug) {
        String locale = control.tx(s -> (String) s.createNativeQuery("SELECT locale FROM tenant WHERE slug = :s").setParameter("s", slug)
                .uniqueResult());
        String country = locale == null ? "" : Locale.forLanguageTag(locale).getCountry();
        return country.matches("[A-Z]{2}") ? country : agencyRegion;
    }

    private String region(Owner o) {
        return o.slug() == null ? agencyRegion : regionOf(o.slug());
    }

    private static String digits(String prefix) {
        String d = prefix.strip().replace("+", "");
        if (!d.matches("[0-9]{1,15}")) throw PlatformException.invalid("prefix", "a number prefix is digits, e.g. 8613");
        return d;
    }
}
