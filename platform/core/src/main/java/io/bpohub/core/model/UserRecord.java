package io.bpohub.core.model;

import io.bpohub.platform.services.Role;
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

/** A person who logs in; {@code tenantId} null = agency staff. */
@Entity
@Table(name = "app_user")
@Proxy(lazy = false)
public class UserRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "tenant_id")
    public Long tenantId;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Column(name = "unit_id")
    public Long unitId;
    @Column(name = "failed_logins")
    public int failedLogins;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    public boolean disabled;
    @Column(name = "created_at")
    public Instant createdAt;
}
