package io.bpohub.rest.resources;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.FilePreview;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.ImportStart;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.SavedMapping;
import io.bpohub.platform.services.UploadView;
import io.bpohub.rest.CallerContext;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * Contact imports: upload a CSV or Excel file, preview it, start the import into a campaign (a job: follow
 * {@code GET /jobs/{id}}), list imports with their data-qualification rate, stop and resume, download the
 * rejected rows, keep column mappings by name.
 */
@Path("/tenants/{slug}/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    private final ContactImportService imports;

    public ImportResource(ContactImportService imports) {
        this.imports = imports;
    }

    /** Stores the request body as the file {@code fileName} (.csv, .txt or .xlsx) and previews its first rows. */
    @POST
    @Path("/uploads")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response upload(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("fileName") String fileName, InputStream file) {
        UploadView view = imports.upload(CallerContext.of(sc), slug, fileName, file);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/uploads/{uploadId}/preview")
    public FilePreview preview(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("uploadId") String uploadId,
                               @QueryParam("charset") String charset, @QueryParam("rows") @DefaultValue("10") int rows) {
        return imports.preview(CallerContext.of(sc), slug, uploadId, charset, rows);
    }

    /** Starts importing an upload into {@code campaign}; answers 202 with the job. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("campaign") String campaign, ImportStart start) {
        if (campaign == null || campaign.isBlank()) throw PlatformException.invalid("campaign", "name the campaign to import into: ?campaign=<key>");
        return Response.status(Response.Status.ACCEPTED).entity(imports.start(CallerContext.of(sc), slug, campaign, start)).build();
    }

    @GET
    public List<ImportSummary> list(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("campaign") String campaign,
                                    @QueryParam("state") String state, @QueryParam("limit") @DefaultValue("50") int limit) {
        return imports.imports(CallerContext.of(sc), slug, campaign, state(state), limit);
    }

    @GET
    @Path("/{id}")
    public ImportSummary get(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return imports.get(CallerContext.of(sc), slug, id);
    }

    /** Asks a running import to stop at its next checkpoint; it stays RUNNING until resumed. */
    @POST
    @Path("/{id}/stop")
    public Response stop(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        imports.stop(CallerContext.of(sc), slug, id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/resume")
    public Response resume(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        JobView job = imports.resume(CallerContext.of(sc), slug, id);
        return Response.status(Response.Status.ACCEPTED).entity(job).build();
    }

    /** The rejected rows with row number, reason and detail, then every cell as read. */
    @GET
    @Path("/{id}/rejects")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response rejects(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id,
                            @QueryParam("format") @DefaultValue("csv") String format) {
        var caller = CallerContext.of(sc);
        TableWriter.Format f = BillingResource.tableFormat(format);
        imports.get(caller, slug, id); // permission and existence before the download starts
        String type = f == TableWriter.Format.CSV ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return Response.ok((javax.ws.rs.core.StreamingOutput) out -> imports.rejects(caller, slug, id, f, out), type)
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejects." + f.name().toLowerCase(Locale.ROOT) + "\"")
                .build();
    }

    @GET
    @Path("/mappings")
    public List<SavedMapping> mappings(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return imports.mappings(CallerContext.of(sc), slug);
    }

    @PUT
    @Path("/mappings/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedMapping saveMapping(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("name") String name,
                                    ColumnMapping mapping) {
        return imports.saveMapping(CallerContext.of(sc), slug, name, mapping);
    }

    @DELETE
    @Path("/mappings/{name}")
    public Response deleteMapping(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("name") String name) {
        imports.deleteMapping(CallerContext.of(sc), slug, name);
        return Response.noContent().build();
    }

    private static ImportState state(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return ImportState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("state", "state is RUNNING, COMPLETED or FAILED");
        }
    }
}
