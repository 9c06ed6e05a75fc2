package io.bpohub.core.model;

import io.bpohub.platform.services.OrderStatus;
import java.math.BigDecimal;
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

/** An order placed for a contact. */
@Entity
@Table(name = "sales_order")
@Proxy(lazy = false)
public class OrderRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contact_id")
    public Long contactId;
    @Column(name = "campaign_key")
    public String campaignKey;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    public BigDecimal total;
    public String currency;
    @Column(name = "placed_by")
    public String placedBy;
    @Column(name = "department_id")
    public Long departmentId;
    @Column(name = "team_id")
    public Long teamId;
    @Column(name = "placed_at")
    public Instant placedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
