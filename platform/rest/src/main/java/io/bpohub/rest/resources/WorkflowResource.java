package io.bpohub.rest.resources;

import io.bpohub.platform.services.CallOutcome;
import io.bpohub.platform.services.CallbackView;
import io.bpohub.platform.services.ContactCard;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.NewCallback;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.WorkflowEvent;
import io.bpohub.platform.services.WorkflowService;
import io.bpohub.platform.services.WorkflowState;
import io.bpohub.rest.CallerContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.Consumes;
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
 * The four-stage telemarketing workflow on a tenant's contacts (decision 0013): call outcomes, lead grades,
 * callbacks and the contact card. Every call sees only the contacts in the caller's part of the tree.
 */
@Path("/tenants/{slug}/workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkflowResource {
    public record GradeChange(LeadGrade grade, String note) {
    }

    private final WorkflowService workflow;

    public WorkflowResource(WorkflowService workflow) {
        this.workflow = workflow;
    }

    /**
     * Applies the disposition pressed for a call: class and stage change with history, attempt counting and the
     * next attempt; completes a callback the caller holds for the contact. Answers the contact's new state.
     */
    @POST
    @Path("/contacts/{id}/outcomes")
    public WorkflowState recordOutcome(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id,
                                       CallOutcome outcome) {
        return workflow.recordOutcome(CallerContext.of(sc), slug, id, outcome);
    }

    @PUT
    @Path("/contacts/{id}/grade")
    public WorkflowState setLeadGrade(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id,
                                      GradeChange change) {
        return workflow.setLeadGrade(CallerContext.of(sc), slug, id, change == null ? null : change.grade(),
                change == null ? null : change.note());
    }

    /** The screen pop: contact, workflow state, history, callbacks and assignments. */
    @GET
    @Path("/contacts/{id}/card")
    public ContactCard card(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return workflow.card(CallerContext.of(sc), slug, id);
    }

    /** Outcomes and grade changes, oldest first, with class, stage and grade before and after. */
    @GET
    @Path("/contacts/{id}/history")
    public List<WorkflowEvent> history(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return workflow.history(CallerContext.of(sc), slug, id);
    }

    @GET
    @Path("/contacts/{id}/callbacks")
    public List<CallbackView> callbacks(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return workflow.callbacks(CallerContext.of(sc), slug, id);
    }

    /** Books a callback for the caller, or (team leads and above) for an agent of their part of the tree. */
    @POST
    @Path("/contacts/{id}/callbacks")
    public Response bookCallback(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id,
                                 NewCallback callback) {
        return Response.status(Response.Status.CREATED).entity(workflow.bookCallback(CallerContext.of(sc), slug, id, callback)).build();
    }

    /**
     * Callbacks due by {@code asOf} (ISO-8601 instant, default now) that pop up for the caller: their own, and
     * their team's once its agent is away (5 minutes past the time, disabled or moved). Poll it.
     */
    @GET
    @Path("/callbacks/due")
    public List<CallbackView> dueCallbacks(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("asOf") String asOf) {
        return workflow.dueCallbacks(CallerContext.of(sc), slug, instant(asOf, "asOf"));
    }

    /** Takes a callback: the first taker wins, a second gets 409. */
    @POST
    @Path("/callbacks/{callbackId}/take")
    public CallbackView take(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("callbackId") long callbackId) {
        return workflow.takeCallback(CallerContext.of(sc), slug, callbackId);
    }

    @POST
    @Path("/callbacks/{callbackId}/complete")
    public CallbackView complete(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("callbackId") long callbackId) {
        return workflow.completeCallback(CallerContext.of(sc), slug, callbackId);
    }

    /** An optional instant query parameter: absent or blank = none, a bad one is a 400 naming the field. */
    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid(field, field + " must be an ISO-8601 instant such as 2026-02-17T02:00:00Z");
        }
    }
}
