package io.bpohub.core.model;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.TenantStatus;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** A client company in the control database. */
@Entity
@Table(name = "tenant")
@Proxy(lazy = false)
public class TenantRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public String name;
    @Column(name = "time_zone")
    public String timeZone;
    public String locale;
    public String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "operating_mode")
    public OperatingMode operatingMode;
    @Enumerated(EnumType.STRING)
    public TenantStatus status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "db_name")
    public String dbName;
    @Column(name = "db_user")
    public String dbUser;
    @Column(name = "schema_version")
    public String schemaVersion;
    @Column(name = "migration_error")
    public String migrationError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "exported_at")
    public Instant exportedAt;
    @Column(name = "export_file")
    public String exportFile;
}
