package io.bpohub.rest.resources;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.DncImportResult;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.DncEntry;
import io.bpohub.platform.services.DoNotCallService;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.UploadView;
import io.bpohub.rest.CallerContext;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

/**
 * Do-not-call lists of a tenant ({@code owner} = its slug) or of the whole agency ({@code owner} = {@code agency}):
 * list, add, remove, and import a file of numbers (upload it here first).
 */
@Path("/dnc/{owner}")
@Produces(MediaType.APPLICATION_JSON)
public class DncResource {
    /** A number to add; {@code source} says where the request came from (default: who added it). */
    public record NewDncNumber(String number, String source) {
    }

    /** A list file to add: an upload of the same owner, its mapping (the PHONE column) and where the numbers came from. */
    public record DncImport(String uploadId, String charset, ColumnMapping mapping, String source) {
    }

    private final DoNotCallService dnc;
    private final ContactImportService imports;

    public DncResource(DoNotCallService dnc, ContactImportService imports) {
        this.dnc = dnc;
        this.imports = imports;
    }

    @GET
    public Page<DncEntry> list(@Context SecurityContext sc, @PathParam("owner") String owner, @QueryParam("prefix") String prefix,
                               @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return dnc.list(CallerContext.of(sc), owner, prefix, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context SecurityContext sc, @PathParam("owner") String owner, NewDncNumber number) {
        DncEntry entry = dnc.add(CallerContext.of(sc), owner, number == null ? null : number.number(), number == null ? null : number.source());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    /** Removes a number given in E.164 ({@code +8613800138000}; URL-encode the + as %2B). */
    @DELETE
    @Path("/{number}")
    public Response remove(@Context SecurityContext sc, @PathParam("owner") String owner, @PathParam("number") String number) {
        boolean removed = dnc.remove(CallerContext.of(sc), owner, number);
        if (!removed) throw io.bpohub.platform.services.PlatformException.notFound(number + " is not on the list of " + owner);
        return Response.noContent().build();
    }

    @POST
    @Path("/uploads")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response upload(@Context SecurityContext sc, @PathParam("owner") String owner, @QueryParam("fileName") String fileName, InputStream file) {
        UploadView view = imports.upload(CallerContext.of(sc), owner, fileName, file);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public DncImportResult importList(@Context SecurityContext sc, @PathParam("owner") String owner, DncImport request) {
        if (request == null) throw io.bpohub.platform.services.PlatformException.invalid("uploadId", "name the upload, its mapping and source");
        return dnc.importList(CallerContext.of(sc), owner, request.uploadId(), request.charset(), request.mapping(), request.source());
    }
}
