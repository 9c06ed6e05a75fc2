package io.bpohub.core.model;

import io.bpohub.api.tenant.OperatingMode;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** A tenant's routing policy ({@code campaignKey} empty) or one campaign's override. */
@Entity
@Table(name = "routing_policy")
@Proxy(lazy = false)
public class RoutingPolicyRecord {
    public static final String TENANT_DEFAULT = "";

    @Id
    @Column(name = "campaign_key")
    public String campaignKey;
    @Enumerated(EnumType.STRING)
    public OperatingMode mode;
    @Column(name = "overflow_after_seconds")
    public Integer overflowAfterSeconds;
    @Column(name = "overflow_when_busy")
    public boolean overflowWhenBusy;
    @Column(name = "temporary_project")
    public boolean temporaryProject;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
}
