package io.bpohub.rest.resources;

import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.CallQuery;
import io.bpohub.platform.services.CallView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactQuery;
import io.bpohub.platform.services.ExportService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.rest.CallerContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

/** Contact and call-record queries as CSV or Excel downloads, in the caller's data scope. */
@Path("/tenants/{slug}/exports")
@Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
public class ExportResource {
    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("/contacts")
    public Response contacts(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("format") @DefaultValue("csv") String format,
                             @QueryParam("campaign") String campaign, @QueryParam("stage") String stage,
                             @QueryParam("intentClass") String intentClass, @QueryParam("leadGrade") String leadGrade,
                             @QueryParam("departmentId") Long departmentId, @QueryParam("teamId") Long teamId,
                             @QueryParam("agent") String agent, @QueryParam("city") String city, @QueryParam("region") String region) {
        Caller caller = CallerContext.of(sc);
        TableWriter.Format f = BillingResource.tableFormat(format);
        ContactQuery query = new ContactQuery(campaign, stage, intentClass, leadGrade, departmentId, teamId, agent, city, region);
        return download(f, "contacts", out -> exports.exportContacts(caller, slug, query, f, out));
    }

    /** The filters of a call export or search, as query parameters. */
    public static class CallFilter {
        @QueryParam("campaign") public String campaign;
        @QueryParam("agent") public String agent;
        @QueryParam("from") public String from;
        @QueryParam("to") public String to;
        @QueryParam("result") public String result;
        @QueryParam("handler") public String handler;
        @QueryParam("destinationPrefix") public String destinationPrefix;
        @QueryParam("minTalkSeconds") public Integer minTalkSeconds;
        @QueryParam("queue") public String queue;
        @QueryParam("recorded") public Boolean recorded;

        CallQuery query() {
            return new CallQuery(campaign, agent, instant(from, "from"), instant(to, "to"), result, handler, destinationPrefix, minTalkSeconds,
                    queue, recorded);
        }
    }

    @GET
    @Path("/calls")
    public Response calls(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("format") @DefaultValue("csv") String format,
                          @BeanParam CallFilter filter) {
        Caller caller = CallerContext.of(sc);
        TableWriter.Format f = BillingResource.tableFormat(format);
        CallQuery query = filter.query();
        return download(f, "calls", out -> exports.exportCalls(caller, slug, query, f, out));
    }

    /** The newest calls matching the filters (recordings: {@code recorded=true}; voicemail: {@code result=VOICEMAIL}), as JSON. */
    @GET
    @Path("/calls/search")
    @Produces(MediaType.APPLICATION_JSON)
    public List<CallView> findCalls(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("limit") @DefaultValue("100") int limit,
                                    @BeanParam CallFilter filter) {
        return exports.findCalls(CallerContext.of(sc), slug, filter.query(), limit);
    }

    private static Response download(TableWriter.Format f, String name, StreamingOutput body) {
        String type = f == TableWriter.Format.CSV ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "." + f.name().toLowerCase(Locale.ROOT) + "\"")
                .build();
    }

    private static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) return null;
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid(field, field + " must be an instant such as 2026-11-01T00:00:00Z");
        }
    }
}
