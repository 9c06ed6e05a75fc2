package io.bpohub.core.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** A read receipt: one per bulletin and person. */
@Entity
@Table(name = "bulletin_read")
@IdClass(BulletinReadRecord.Key.class)
@Proxy(lazy = false)
public class BulletinReadRecord {
    @Id
    @Column(name = "bulletin_id")
    public Long bulletinId;
    @Id
    public String username;
    @Column(name = "read_at")
    public Instant readAt;

    public static class Key implements Serializable {
        public Long bulletinId;
        public String username;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bulletinId, k.bulletinId) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bulletinId, username);
        }
    }
}
