package io.bpohub.rest.resources;

import io.bpohub.platform.services.AssignmentRequest;
import io.bpohub.platform.services.AssignmentResult;
import io.bpohub.platform.services.AssignmentService;
import io.bpohub.rest.CallerContext;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/**
 * Hands a campaign's contacts down the tree (decision 0013): the tenant admin to departments, a department
 * head to the teams of their department, a team lead to the agents of their team; and returns a leaving
 * agent's contacts to their team.
 */
@Path("/tenants/{slug}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {
    public record Reassignment(boolean evenly) {
    }

    private final AssignmentService assignments;

    public AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    /**
     * Assigns one level down: to department or team ids, or agent usernames, at most {@code count} (null = all
     * that match the filter), several targets evenly (counts differ by at most one).
     */
    @POST
    public AssignmentResult assign(@Context SecurityContext sc, @PathParam("slug") String slug, AssignmentRequest request) {
        return assignments.assign(CallerContext.of(sc), slug, request);
    }

    /**
     * An agent left or moved: their contacts go back to the team pool, or with {@code evenly} to the team's other
     * active agents; open callbacks follow the contacts.
     */
    @POST
    @Path("/agents/{agent}/reassign")
    public AssignmentResult reassignAgent(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("agent") String agent,
                                          Reassignment reassignment) {
        return assignments.reassignAgent(CallerContext.of(sc), slug, agent, reassignment != null && reassignment.evenly());
    }
}
