package io.bpohub.core.model;

import java.time.Instant;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Column;
import org.hibernate.annotations.Proxy;

@Entity
@Table(name = "audit_event")
@Proxy(lazy = false)
public class AuditRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant at;
    public String actor;
    @Column(name = "actor_tenant")
    public String actorTenant;
    public String tenant;
    public String action;
    public String target;
    public String outcome;
    public String detail;
    public String origin;
}
