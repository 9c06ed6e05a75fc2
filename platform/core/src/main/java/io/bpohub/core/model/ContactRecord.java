package io.bpohub.core.model;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** A contact in a tenant's own database. */
@Entity
@Table(name = "contact")
@Proxy(lazy = false)
public class ContactRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String phone;
    @Column(name = "department_id")
    public Long departmentId;
    @Column(name = "team_id")
    public Long teamId;
    @Column(name = "agent_username")
    public String agentUsername;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
