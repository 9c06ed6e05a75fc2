package io.bpohub.core.model;

import io.bpohub.platform.services.OrgUnitKind;
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

/** A department or a team; {@code ownerTenantId} null = the agency's own tree. */
@Entity
@Table(name = "org_unit")
@Proxy(lazy = false)
public class OrgUnitRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "owner_tenant_id")
    public Long ownerTenantId;
    @Column(name = "parent_id")
    public Long parentId;
    @Enumerated(EnumType.STRING)
    public OrgUnitKind kind;
    public String name;
    @Column(name = "created_at")
    public Instant createdAt;
}
