package io.bpohub.core.orders;

import io.bpohub.core.access.DataScopes;
import io.bpohub.core.access.Guard;
import io.bpohub.core.access.Keys;
import io.bpohub.core.access.ScopedContacts;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.db.Timestamps;
import io.bpohub.core.model.ContactRecord;
import io.bpohub.core.model.OrderEventRecord;
import io.bpohub.core.model.OrderItemRecord;
import io.bpohub.core.model.OrderRecord;
import io.bpohub.core.tenancy.TenantServiceImpl;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.NewOrder;
import io.bpohub.platform.services.OrderEvent;
import io.bpohub.platform.services.OrderItem;
import io.bpohub.platform.services.OrderService;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.OrderView;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.LockMode;
import org.hibernate.Session;

/** Orders in the tenant's database, each with its lines and status history, seen through the caller's data scope. */
public final class OrderServiceImpl implements OrderService {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Guard guard;
    private final AuditLog audit;
    private final ScopedContacts contacts;

    public OrderServiceImpl(ControlDb control, TenantSessions tenantSessions, Guard guard, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.guard = guard;
        this.audit = audit;
        this.contacts = new ScopedContacts(audit);
    }

    @Override
    public OrderView place(Caller caller, String tenant, NewOrder order) {
        guard.require(caller, tenant, "order", "write", tenant + " orders");
        if (order == null) throw PlatformException.invalid(null, "send an order: contactId, items");
        List<OrderItem> items = OrderRules.priced(order.items());
        String campaign = Keys.campaign(order.campaignKey());
        String note = Keys.note(order.note(), "note", 1000);
        String currency = currency(tenant, order.currency());
        OrderView placed = tenantSessions.inTenant(tenant, s -> {
            ContactRecord contact = contacts.require(s, caller, tenant, order.contactId(), "order.write");
            DataScopes.Position at = DataScopes.position(caller, contact.departmentId, contact.teamId);
            Instant now = Timestamps.now();
            OrderRecord r = new OrderRecord();
            r.contactId = contact.id;
            r.campaignKey = campaign;
            r.status = OrderStatus.PLACED;
            r.total = OrderRules.total(items);
            r.currency = currency;
            r.placedBy = caller.username();
            r.departmentId = at.departmentId();
            r.teamId = at.teamId();
            r.placedAt = now;
            r.updatedAt = now;
            s.persist(r);
            for (int i = 0; i < items.size(); i++) {
                OrderItemRecord line = new OrderItemRecord();
                line.orderId = r.id;
                line.lineNo = i + 1;
                line.product = items.get(i).product();
                line.quantity = items.get(i).quantity();
                line.unitPrice = items.get(i).unitPrice();
                line.amount = items.get(i).amount();
                s.persist(line);
            }
            s.persist(event(r.id, OrderStatus.PLACED, now, caller.username(), note));
            s.flush();
            return view(s, r);
        });
        audit.record(caller, tenant, "order.place", String.valueOf(placed.id()), AuditLog.OK,
                placed.total().toPlainString() + " " + placed.currency() + " for contact " + placed.contactId());
        return placed;
    }

    @Override
    public Page<OrderView> orders(Caller caller, String tenant, OrderStatus status, int page, int size) {
        guard.require(caller, tenant, "order", "read", tenant + " orders");
        Page.check(page, size);
        DataScopes.Filter scope = DataScopes.filter(caller, "o", "placedBy");
        return tenantSessions.inTenant(tenant, s -> scope.page(s, OrderRecord.class, "status", status, "o.placedAt desc, o.id desc",
                page, size, r -> view(s, r)));
    }

    @Override
    public OrderView order(Caller caller, String tenant, long id) {
        guard.require(caller, tenant, "order", "read", "order " + id);
        return tenantSessions.inTenant(tenant, s -> view(s, visible(s, caller, tenant, id, "order.read", false)));
    }

    @Override
    public OrderView changeStatus(Caller caller, String tenant, long id, OrderStatus to, String note) {
        guard.require(caller, tenant, "order", "status", "order " + id);
        String text = Keys.note(note, "note", 1000);
        OrderStatus[] from = new OrderStatus[1];
        OrderView changed = tenantSessions.inTenant(tenant, s -> {
            OrderRecord r = visible(s, caller, tenant, id, "order.status", true);
            OrderRules.check(id, r.status, to);
            from[0] = r.status;
            Instant now = Timestamps.now();
            r.status = to;
            r.updatedAt = now;
            s.persist(event(r.id, to, now, caller.username(), text));
            s.flush();
            return view(s, r);
        });
        audit.record(caller, tenant, "order.status", String.valueOf(id), AuditLog.OK, from[0] + " -> " + to);
        return changed;
    }

    /** The order, refused (and audited) when it lies outside the caller's data scope; locked for a change. */
    private OrderRecord visible(Session s, Caller caller, String tenant, long id, String action, boolean lock) {
        OrderRecord r = lock ? s.get(OrderRecord.class, id, LockMode.PESSIMISTIC_WRITE) : s.get(OrderRecord.class, id);
        if (r == null) throw PlatformException.notFound("no order " + id + " in tenant " + tenant);
        if (!DataScopes.sees(caller, r.departmentId, r.teamId, r.placedBy)) {
            throw audit.refuse(caller, tenant, action, "order " + id, "order " + id + " is outside your part of the tree");
        }
        return r;
    }

    private String currency(String tenant, String given) {
        if (given != null && !given.isBlank()) {
            String c = given.trim().toUpperCase(Locale.ROOT);
            if (!CURRENCY.matcher(c).matches()) throw PlatformException.invalid("currency", "currency must be an ISO 4217 code such as CNY");
            return c;
        }
        return control.tx(s -> TenantServiceImpl.find(s, tenant).currency);
    }

    private static OrderEventRecord event(long orderId, OrderStatus status, Instant at, String by, String note) {
        OrderEventRecord e = new OrderEventRecord();
        e.orderId = orderId;
        e.status = status;
        e.at = at;
        e.by = by;
        e.note = note;
        return e;
    }

    private static OrderView view(Session s, OrderRecord r) {
        List<OrderItem> items = s.createQuery("from OrderItemRecord where orderId = :o order by lineNo", OrderItemRecord.class)
                .setParameter("o", r.id).list().stream()
                .map(i -> new OrderItem(i.product, plain(i.quantity), money(i.unitPrice), money(i.amount)))
                .collect(Collectors.toList());
        List<OrderEvent> history = s.createQuery("from OrderEventRecord where orderId = :o order by id", OrderEventRecord.class)
                .setParameter("o", r.id).list().stream()
                .map(e -> new OrderEvent(e.status, e.at, e.by, e.note)).collect(Collectors.toList());
        return new OrderView(r.id, r.contactId, r.campaignKey, r.status, items, money(r.total), r.currency, r.placedBy, r.departmentId,
                r.teamId, r.placedAt, r.updatedAt, history);
    }

    /** A stored DECIMAL(24,8) without its padding zeros (never in E notation). */
    static java.math.BigDecimal plain(java.math.BigDecimal stored) {
        java.math.BigDecimal p = stored.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /** A stored DECIMAL(24,8) without its padding zeros, but never fewer than 2 decimals (money as people write it). */
    static java.math.BigDecimal money(java.math.BigDecimal stored) {
        java.math.BigDecimal plain = stored.stripTrailingZeros();
        return plain.scale() < 2 ? plain.setScale(2) : plain;
    }
}
