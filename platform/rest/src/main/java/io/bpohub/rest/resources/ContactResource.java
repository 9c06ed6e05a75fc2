package io.bpohub.rest.resources;

import io.bpohub.platform.services.ContactService;
import io.bpohub.platform.services.ContactView;
import io.bpohub.platform.services.NewContact;
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

/** A tenant's contacts, filtered by the caller's place in the org tree. */
@Path("/tenants/{slug}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {
    private final ContactService contacts;

    public ContactResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    public Page<ContactView> list(@Context SecurityContext sc, @PathParam("slug") String slug,
                                  @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return contacts.list(CallerContext.of(sc), slug, page, size);
    }

    @POST
    public Response create(@Context SecurityContext sc, @PathParam("slug") String slug, NewContact contact) {
        return Response.status(Response.Status.CREATED).entity(contacts.create(CallerContext.of(sc), slug, contact)).build();
    }
}
