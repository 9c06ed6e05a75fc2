package io.bpohub.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** One line of an order. */
@Entity
@Table(name = "order_item")
@Proxy(lazy = false)
public class OrderItemRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "order_id")
    public Long orderId;
    @Column(name = "line_no")
    public int lineNo;
    public String product;
    public BigDecimal quantity;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    public BigDecimal amount;
}
