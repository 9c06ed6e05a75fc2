package io.bpohub.rest.resources;

import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.telephony.MonitorMode;
import io.bpohub.platform.services.AgentDesk;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DialingPolicy;
import io.bpohub.platform.services.DialingService;
import io.bpohub.platform.services.DialingView;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.rest.CallerContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.AsyncResponse;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

/**
 * Outbound dialing: start and stop a campaign's dialer, the live board of campaigns and agents, the agent's desk
 * (join a campaign, ready, pause, leave, the contact to show when a call comes, and hold, transfer or conference the
 * call the agent is on) and supervisors' moves.
 */
@Path("/tenants/{slug}/dialing")
@Produces(MediaType.APPLICATION_JSON)
public class DialingResource {
    /** How long a request for the next desk waits: under the usual 30 s idle timeouts of proxies on the way. */
    static final int LONG_POLL_SECONDS = 25;

    /** A pause's reason, or a supervisor's move: {@code action} READY, PAUSED or LOGGED_OUT. */
    public record AgentMove(String action, String reason) {
    }

    /** Who an unknown caller is. */
    public record CallerName(String name) {
    }

    /** Where a call goes: an agent's user name or an outside number (E.164). */
    public record CallTarget(String target) {
    }

    private final DialingService dialing;

    public DialingResource(DialingService dialing) {
        this.dialing = dialing;
    }

    @POST
    @Path("/campaigns/{key}/start")
    public Response start(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key,
                          @QueryParam("mode") String mode, @QueryParam("strategy") String strategy) {
        return Response.status(Response.Status.CREATED).entity(dialing.start(CallerContext.of(sc), slug, key, mode(mode), strategy)).build();
    }

    /** The pacing strategies a predictive campaign may be started with. */
    @GET
    @Path("/strategies")
    public List<String> strategies(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return dialing.strategies(CallerContext.of(sc), slug);
    }

    /** The tenant's rules for abandoned calls. */
    @GET
    @Path("/policy")
    public DialingPolicy policy(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return dialing.policy(CallerContext.of(sc), slug);
    }

    /** Sets the tenant's rules for abandoned calls (stricter than the defaults only); running campaigns follow them at once. */
    @PUT
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public DialingPolicy setPolicy(@Context SecurityContext sc, @PathParam("slug") String slug, DialingPolicy policy) {
        return dialing.setPolicy(CallerContext.of(sc), slug, policy);
    }

    @POST
    @Path("/campaigns/{key}/stop")
    public Response stop(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key) {
        dialing.stop(CallerContext.of(sc), slug, key);
        return Response.noContent().build();
    }

    @GET
    @Path("/board")
    public List<DialingView> board(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return dialing.board(CallerContext.of(sc), slug);
    }

    @GET
    @Path("/desk")
    public AgentDesk desk(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return dialing.desk(CallerContext.of(sc), slug);
    }

    /**
     * The caller's desk once it has moved on from version {@code after} (its {@code version} field): at once if it has,
     * else at its next change, or as it is after {@value #LONG_POLL_SECONDS} s. The agent's screen keeps one such request
     * open instead of polling; no server thread waits meanwhile.
     */
    @GET
    @Path("/desk/next")
    @Operation(responses = @ApiResponse(responseCode = "200", description = "the desk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentDesk.class))))
    public void nextDesk(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("after") Long after,
                         @Suspended AsyncResponse response) {
        if (after == null) throw PlatformException.invalid("after", "give the version of the desk on screen (its version field)");
        Caller caller = CallerContext.of(sc);
        CompletableFuture<AgentDesk> next = dialing.nextDesk(caller, slug, after);
        response.setTimeout(LONG_POLL_SECONDS, TimeUnit.SECONDS);
        response.setTimeoutHandler(timedOut -> {
            next.cancel(false);
            timedOut.resume(dialing.desk(caller, slug));
        });
        next.whenComplete((desk, error) -> {
            if (desk != null) response.resume(desk);
            else if (!(error instanceof CancellationException)) response.resume(error instanceof CompletionException ? error.getCause() : error);
        });
    }

    @POST
    @Path("/desk/join")
    public AgentDesk join(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("campaign") String campaign,
                          @QueryParam("remotePhone") String remotePhone) {
        return dialing.join(CallerContext.of(sc), slug, campaign, remotePhone);
    }

    @POST
    @Path("/desk/ready")
    public AgentDesk ready(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return dialing.ready(CallerContext.of(sc), slug);
    }

    @POST
    @Path("/desk/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentDesk pause(@Context SecurityContext sc, @PathParam("slug") String slug, AgentMove move) {
        return dialing.pause(CallerContext.of(sc), slug, move == null ? null : move.reason());
    }

    @POST
    @Path("/desk/leave")
    public AgentDesk leave(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return dialing.leave(CallerContext.of(sc), slug);
    }

    @POST
    @Path("/desk/hold")
    public AgentDesk hold(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return dialing.hold(CallerContext.of(sc), slug);
    }

    @POST
    @Path("/desk/resume")
    public AgentDesk resume(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return dialing.resume(CallerContext.of(sc), slug);
    }

    /** Records the inbound caller whose number matched no contact as a contact of the campaign; the desk then shows its card. */
    @POST
    @Path("/desk/identify")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentDesk identify(@Context SecurityContext sc, @PathParam("slug") String slug, CallerName caller) {
        return dialing.identifyCaller(CallerContext.of(sc), slug, caller == null ? null : caller.name());
    }

    /** Moves the agent's call to a ready agent of the same campaign or an outside number; the agent wraps up. */
    @POST
    @Path("/desk/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentDesk transfer(@Context SecurityContext sc, @PathParam("slug") String slug, CallTarget target) {
        return dialing.transfer(CallerContext.of(sc), slug, target == null ? null : target.target());
    }

    /**
     * Holds the caller and puts the agent through to the target first (an attended transfer): a ready agent of the
     * campaign or an outside number. Then {@code desk/transfer} to the same target hands the call over, {@code desk/resume}
     * goes back to the caller.
     */
    @POST
    @Path("/desk/consult")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentDesk consult(@Context SecurityContext sc, @PathParam("slug") String slug, CallTarget target) {
        return dialing.consult(CallerContext.of(sc), slug, target == null ? null : target.target());
    }

    /** Adds an outside number to the agent's call. */
    @POST
    @Path("/desk/conference")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentDesk conference(@Context SecurityContext sc, @PathParam("slug") String slug, CallTarget target) {
        return dialing.conference(CallerContext.of(sc), slug, target == null ? null : target.target());
    }

    @POST
    @Path("/agents/{agent}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentDesk force(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("agent") String agent, AgentMove move) {
        if (move == null) throw PlatformException.invalid("action", "give the action: READY, PAUSED or LOGGED_OUT");
        return dialing.force(CallerContext.of(sc), slug, agent, move.action(), move.reason());
    }

    /** A supervisor listens to, whispers to or barges into the agent's call. */
    @POST
    @Path("/agents/{agent}/monitor")
    public AgentDesk monitor(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("agent") String agent,
                             @QueryParam("mode") String mode) {
        MonitorMode m;
        try {
            m = MonitorMode.valueOf((mode == null ? "LISTEN" : mode).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("mode", "mode is LISTEN, WHISPER or BARGE");
        }
        return dialing.monitor(CallerContext.of(sc), slug, agent, m);
    }

    /** A call's recording (WAV), by the call id of its record (the {@code call_id} column of the calls export). */
    @GET
    @Path("/recordings/{callId}")
    @Produces({"audio/wav", MediaType.APPLICATION_JSON})
    public Response recording(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("callId") String callId) {
        DialingService.Recording r = dialing.recording(CallerContext.of(sc), slug, callId);
        StreamingOutput body = out -> {
            try (java.io.InputStream in = r.audio()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "audio/wav").header("Content-Disposition", "attachment; filename=\"" + r.reference() + "\"").build();
    }

    private static DialMode mode(String text) {
        try {
            return DialMode.valueOf((text == null ? "PROGRESSIVE" : text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("mode", "mode is PREVIEW, PROGRESSIVE, PREDICTIVE or INBOUND");
        }
    }
}
