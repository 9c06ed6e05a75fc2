package io.bpohub.rest.resources;

import io.bpohub.api.billing.CostTable;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.rest.CallerContext;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** The agency's carrier cost tables (what calls cost the agency, by trunk and destination prefix). */
@Path("/cost-tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CostTableResource {
    private final BillingService billing;

    public CostTableResource(BillingService billing) {
        this.billing = billing;
    }

    @GET
    public List<CostTable> costTables(@Context SecurityContext sc) {
        return billing.costTables(CallerContext.of(sc));
    }

    /** Creates or replaces a cost table (a new revision; costs already computed keep theirs until re-rated). */
    @PUT
    @Path("/{id}")
    public CostTable save(@Context SecurityContext sc, @PathParam("id") String id, CostTable table) {
        if (table == null || !id.equals(table.id())) throw PlatformException.invalid("id", "the cost table's id must be " + id);
        return billing.saveCostTable(CallerContext.of(sc), table);
    }
}
