package io.bpohub.core.model;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** One period a person spent in an org unit. */
@Entity
@Table(name = "unit_membership")
@Proxy(lazy = false)
public class MembershipRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "user_id")
    public Long userId;
    @Column(name = "unit_id")
    public Long unitId;
    public Instant since;
    public Instant until;
    @Column(name = "changed_by")
    public String changedBy;
}
