package io.bpohub.rest.resources;

import io.bpohub.platform.services.NewOrder;
import io.bpohub.platform.services.OrderService;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.OrderView;
import io.bpohub.platform.services.Page;
import io.bpohub.rest.CallerContext;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/** Orders placed for contacts, in the caller's part of the tree, and their status to delivery. */
@Path("/tenants/{slug}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {
    public record StatusChange(OrderStatus status, String note) {
    }

    private final OrderService orders;

    public OrderResource(OrderService orders) {
        this.orders = orders;
    }

    @GET
    public Page<OrderView> list(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("status") String status,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return orders.orders(CallerContext.of(sc), slug, Params.optionalEnum(OrderStatus.class, status, "status"), page, size);
    }

    @POST
    public Response place(@Context SecurityContext sc, @PathParam("slug") String slug, NewOrder order) {
        return Response.status(Response.Status.CREATED).entity(orders.place(CallerContext.of(sc), slug, order)).build();
    }

    @GET
    @Path("/{id}")
    public OrderView order(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return orders.order(CallerContext.of(sc), slug, id);
    }

    @POST
    @Path("/{id}/status")
    public OrderView changeStatus(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id,
                                  StatusChange change) {
        return orders.changeStatus(CallerContext.of(sc), slug, id, change == null ? null : change.status(), change == null ? null : change.note());
    }
}
