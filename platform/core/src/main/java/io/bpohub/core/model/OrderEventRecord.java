package io.bpohub.core.model;

import io.bpohub.platform.services.OrderStatus;
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

/** A status an order reached, when and by whom. */
@Entity
@Table(name = "order_event")
@Proxy(lazy = false)
public class OrderEventRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "order_id")
    public Long orderId;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    public Instant at;
    @Column(name = "by_user")
    public String by;
    public String note;
}
