package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.OrderService;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.OrderView;
import io.bpohub.platform.services.Page;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "order-list", description = "Lists a tenant's orders, newest first")
@Service
public class OrderListCommand extends PagedCommand {
    @Reference
    OrderService orderService;

    @Option(name = "--status", aliases = "-s", description = "Only orders in this status (PLACED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, RETURNED)")
    String status;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

    @Override
    protected Page<?> list(Caller caller, int page, int size) {
        OrderStatus filter = status == null ? null : Format.parseEnum(OrderStatus.class, status, "status");
        Page<OrderView> orders = orderService.orders(caller, tenant, filter, page, size);
        if (orders.total() == 0) {
            out().println("No orders for " + tenant + (filter == null ? "" : " in " + filter) + ".");
            return orders;
        }
        out().println(String.format("%8s %-10s %8s %14s %-4s %-16s %-20s", "Id", "Status", "Contact", "Total", "Cur", "Placed by", "Placed at"));
        for (OrderView o : orders.items()) {
            out().println(String.format("%8d %-10s %8d %14s %-4s %-16s %-20s", o.id(), o.status(), o.contactId(), Format.decimal(o.total()),
                    o.currency(), o.placedBy(), Format.time(o.placedAt())));
        }
        return orders;
    }
}
