package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.OrderService;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.OrderView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "order-status", description = "Moves an order to its next status",
        detailedDescription = "PLACED -> CONFIRMED -> SHIPPED -> DELIVERED; PLACED or CONFIRMED -> CANCELLED; SHIPPED or DELIVERED -> RETURNED. "
                + "Example: bpo:order-status --note \"courier SF123\" acme 42 shipped")
@Service
public class OrderStatusCommand extends TenantWorkCommand {
    @Reference
    OrderService orderService;

    @Option(name = "--note", description = "Kept in the order's history")
    String note;

    @Argument(index = 1, name = "id", description = "Order id", required = true)
    long id;

    @Argument(index = 2, name = "status", description = "The new status", required = true)
    String status;

    @Override
    protected void run(Caller caller) {
        OrderView o = orderService.changeStatus(caller, tenant, id, Format.parseEnum(OrderStatus.class, status, "status"), note);
        out().println("Order " + o.id() + " of " + tenant + " is now " + o.status() + ".");
    }
}
