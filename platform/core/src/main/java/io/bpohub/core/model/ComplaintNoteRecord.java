package io.bpohub.core.model;

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

/** A note on a complaint, or a status change with its note. */
@Entity
@Table(name = "complaint_note")
@Proxy(lazy = false)
public class ComplaintNoteRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "complaint_id")
    public Long complaintId;
    public Instant at;
    @Column(name = "by_user")
    public String by;
    public String text;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_from")
    public ComplaintStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_to")
    public ComplaintStatus to;
}
