package io.bpohub.rest.resources;

import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.RegisterEntry;
import io.bpohub.rest.CallerContext;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** The agency's register of every numbered invoice and credit note, with cost and margin per client. */
@Path("/invoice-register")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceRegisterResource {
    private final BillingService billing;

    public InvoiceRegisterResource(BillingService billing) {
        this.billing = billing;
    }

    @GET
    public List<RegisterEntry> register(@Context SecurityContext sc) {
        return billing.register(CallerContext.of(sc));
    }
}
