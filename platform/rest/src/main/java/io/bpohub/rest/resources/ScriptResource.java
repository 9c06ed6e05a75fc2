package io.bpohub.rest.resources;

import io.bpohub.platform.services.NewScript;
import io.bpohub.platform.services.ScriptCall;
import io.bpohub.platform.services.ScriptContent;
import io.bpohub.platform.services.ScriptResults;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.ScriptVersionView;
import io.bpohub.platform.services.ScriptView;
import io.bpohub.platform.services.TrialPlan;
import io.bpohub.platform.services.VersionResult;
import io.bpohub.rest.CallerContext;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import java.util.List;

/** A tenant's call scripts: drafts, trials with their testers, call outcomes, results side by side, roll-out. */
@Path("/tenants/{slug}/scripts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScriptResource {
    /** A roll-out: {@code force} with a {@code reason} goes live before the trial target. */
    public record RollOut(boolean force, String reason) {
    }

    private final ScriptService scripts;

    public ScriptResource(ScriptService scripts) {
        this.scripts = scripts;
    }

    @GET
    public List<ScriptView> list(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return scripts.scripts(CallerContext.of(sc), slug);
    }

    @POST
    public Response create(@Context SecurityContext sc, @PathParam("slug") String slug, NewScript script) {
        return Response.status(Response.Status.CREATED).entity(scripts.create(CallerContext.of(sc), slug, script)).build();
    }

    @PUT
    @Path("/{key}/draft")
    public ScriptVersionView saveDraft(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key,
                                       ScriptContent content) {
        return scripts.saveDraft(CallerContext.of(sc), slug, key, content);
    }

    @GET
    @Path("/{key}/versions")
    public List<ScriptVersionView> versions(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key) {
        return scripts.versions(CallerContext.of(sc), slug, key);
    }

    @GET
    @Path("/{key}/versions/{version}")
    public ScriptVersionView version(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key,
                                     @PathParam("version") int version) {
        return scripts.version(CallerContext.of(sc), slug, key, version);
    }

    @GET
    @Path("/{key}/live")
    public ScriptVersionView live(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key) {
        return scripts.live(CallerContext.of(sc), slug, key);
    }

    @POST
    @Path("/{key}/versions/{version}/trial")
    public ScriptVersionView startTrial(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key,
                                        @PathParam("version") int version, TrialPlan plan) {
        return scripts.startTrial(CallerContext.of(sc), slug, key, version, plan);
    }

    @POST
    @Path("/{key}/versions/{version}/calls")
    public VersionResult recordCall(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key,
                                    @PathParam("version") int version, ScriptCall call) {
        return scripts.recordCall(CallerContext.of(sc), slug, key, version, call);
    }

    @GET
    @Path("/{key}/results")
    public ScriptResults results(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key) {
        return scripts.results(CallerContext.of(sc), slug, key);
    }

    @POST
    @Path("/{key}/versions/{version}/rollout")
    public ScriptVersionView rollOut(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key,
                                     @PathParam("version") int version, RollOut rollOut) {
        RollOut r = rollOut == null ? new RollOut(false, null) : rollOut;
        return scripts.rollOut(CallerContext.of(sc), slug, key, version, r.force(), r.reason());
    }

    @POST
    @Path("/{key}/versions/{version}/retire")
    public ScriptVersionView retire(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key,
                                    @PathParam("version") int version) {
        return scripts.retire(CallerContext.of(sc), slug, key, version);
    }
}
