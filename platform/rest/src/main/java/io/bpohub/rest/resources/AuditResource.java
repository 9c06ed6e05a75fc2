package io.bpohub.rest.resources;

import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.AuditService;
import io.bpohub.platform.services.Page;
import io.bpohub.rest.CallerContext;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    /** Newest first; {@code outcome} is OK, DENIED or FAILED. Tenant admins must pass their own tenant. */
    @GET
    public Page<AuditEntry> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                                 @QueryParam("outcome") String outcome, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        return audit.list(CallerContext.of(sc), tenant, outcome, page, size);
    }
}
