package io.bpohub.core.model;

import io.bpohub.platform.services.MaterialChannel;
import io.bpohub.platform.services.MaterialState;
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

/** Phone–mail–phone: material to send to a contact and when to call again. */
@Entity
@Table(name = "material_request")
@Proxy(lazy = false)
public class MaterialRequestRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contact_id")
    public Long contactId;
    @Column(name = "campaign_key")
    public String campaignKey;
    @Enumerated(EnumType.STRING)
    public MaterialChannel channel;
    public String material;
    public String address;
    @Enumerated(EnumType.STRING)
    public MaterialState state;
    @Column(name = "follow_up_at")
    public Instant followUpAt;
    public String note;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "department_id")
    public Long departmentId;
    @Column(name = "team_id")
    public Long teamId;
    @Column(name = "created_at")
    public Instant createdAt;
}
