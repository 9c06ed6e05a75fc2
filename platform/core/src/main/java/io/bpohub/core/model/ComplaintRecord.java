package io.bpohub.core.model;

import io.bpohub.platform.services.ComplaintSeverity;
import io.bpohub.platform.services.ComplaintStatus;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** A complaint against a contact. */
@Entity
@Table(name = "complaint")
@Proxy(lazy = false)
public class ComplaintRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contact_id")
    public Long contactId;
    @Column(name = "campaign_key")
    public String campaignKey;
    public String category;
    public String description;
    @Enumerated(EnumType.STRING)
    public ComplaintSeverity severity;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;
    public String assignee;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "department_id")
    public Long departmentId;
    @Column(name = "team_id")
    public Long teamId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "due_at")
    public Instant dueAt;
    public String resolution;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
