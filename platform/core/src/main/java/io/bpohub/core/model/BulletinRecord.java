package io.bpohub.core.model;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** A bulletin for one unit of a tenant (unitId null = the whole tenant). */
@Entity
@Table(name = "bulletin")
@Proxy(lazy = false)
public class BulletinRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "unit_id")
    public Long unitId;
    public String title;
    public String body;
    @Column(name = "posted_by")
    public String postedBy;
    @Column(name = "posted_at")
    public Instant postedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
}
