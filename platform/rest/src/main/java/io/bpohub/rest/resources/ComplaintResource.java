package io.bpohub.rest.resources;

import io.bpohub.platform.services.ComplaintService;
import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.ComplaintView;
import io.bpohub.platform.services.NewComplaint;
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

/** Complaints: recorded, assigned down the tree, tracked to resolution. */
@Path("/tenants/{slug}/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    public record Assignment(String assignee) {
    }

    /** {@code resolution} is required when {@code status} is RESOLVED. */
    public record StatusChange(ComplaintStatus status, String note, String resolution) {
    }

    public record Note(String text) {
    }

    private final ComplaintService complaints;

    public ComplaintResource(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GET
    public Page<ComplaintView> list(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("status") String status,
                                    @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return complaints.complaints(CallerContext.of(sc), slug, Params.optionalEnum(ComplaintStatus.class, status, "status"), page, size);
    }

    @POST
    public Response record(@Context SecurityContext sc, @PathParam("slug") String slug, NewComplaint complaint) {
        return Response.status(Response.Status.CREATED).entity(complaints.record(CallerContext.of(sc), slug, complaint)).build();
    }

    @GET
    @Path("/{id}")
    public ComplaintView complaint(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return complaints.complaint(CallerContext.of(sc), slug, id);
    }

    @POST
    @Path("/{id}/assignee")
    public ComplaintView assign(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id, Assignment a) {
        return complaints.assign(CallerContext.of(sc), slug, id, a == null ? null : a.assignee());
    }

    @POST
    @Path("/{id}/status")
    public ComplaintView changeStatus(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id,
                                      StatusChange c) {
        return complaints.changeStatus(CallerContext.of(sc), slug, id, c == null ? null : c.status(), c == null ? null : c.note(),
                c == null ? null : c.resolution());
    }

    @POST
    @Path("/{id}/notes")
    public ComplaintView addNote(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id, Note note) {
        return complaints.addNote(CallerContext.of(sc), slug, id, note == null ? null : note.text());
    }
}
