package io.bpohub.core.model;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** Every calendar document ever saved, so past answers can be explained with the calendar of their time. */
@Entity
@Table(name = "business_calendar_revision")
@Proxy(lazy = false)
public class CalendarRevisionRecord {
    @Id
    public Long revision;
    public String document;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "change_note")
    public String changeNote;
}
