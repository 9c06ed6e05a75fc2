package io.bpohub.platform.services;

/**
 * Orders placed for a contact during or after a call, tracked to delivery. The placing agent is kept
 * (commission per successful order); who sees an order follows the org tree.
 */
public interface OrderService {
    OrderView place(Caller caller, String tenant, NewOrder order);

    /** Orders in the caller's data scope, newest first; {@code status} null = all. */
    Page<OrderView> orders(Caller caller, String tenant, OrderStatus status, int page, int size);

    OrderView order(Caller caller, String tenant, long id);

    /** Moves an order along PLACED → CONFIRMED → SHIPPED → DELIVERED (or CANCELLED / RETURNED); other moves are refused. */
    OrderView changeStatus(Caller caller, String tenant, long id, OrderStatus to, String note);
}
