package io.bpohub.core.model;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** The single current calendar document of its database (a tenant's, or the agency's in the control database). */
@Entity
@Table(name = "business_calendar")
@Proxy(lazy = false)
public class CalendarRecord {
    public static final int ID = 1;

    @Id
    public Integer id;
    public String document;
    public long revision;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
}
