package io.bpohub.rest.resources;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ChargeSummary;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.MarginReport;
import io.bpohub.platform.services.MarginService;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.platform.services.RegisterEntry;
import io.bpohub.platform.services.TenantBilling;
import io.bpohub.platform.services.UsageEntry;
import io.bpohub.rest.CallerContext;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
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
import javax.ws.rs.core.StreamingOutput;

/**
 * A tenant's billing: its rate plan and invoicing terms, usage records, rating into charges (directly
 * or as a job with progress), drill-down, period closing, invoices and credit notes with their PDF
 * and detail downloads. Client managers read their own tenant's invoices, nothing else.
 */
@Path("/tenants/{slug}/billing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingResource {
    public record PlanAssignment(String planId) {
    }

    private final BillingService billing;
    private final MarginService margins;

    public BillingResource(BillingService billing, MarginService margins) {
        this.billing = billing;
        this.margins = margins;
    }

    /** The agency's revenue, carrier cost, labour cost and margin of the month by CAMPAIGN, AGENT or TEAM. */
    @GET
    @Path("/margins/{period}")
    public MarginReport margins(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period,
                                @QueryParam("by") @DefaultValue("CAMPAIGN") String by) {
        return margins.margins(CallerContext.of(sc), slug, month(period), by);
    }

    @PUT
    @Path("/rate-plan")
    public Response assign(@Context SecurityContext sc, @PathParam("slug") String slug, PlanAssignment assignment) {
        billing.assignPlan(CallerContext.of(sc), slug, assignment == null ? null : assignment.planId());
        return Response.noContent().build();
    }

    @GET
    @Path("/terms")
    public TenantBilling terms(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return billing.billingSettings(CallerContext.of(sc), slug);
    }

    /** Bill-to name and address, tax, payment days, and the carrier cost table for margins. */
    @PUT
    @Path("/terms")
    public TenantBilling saveTerms(@Context SecurityContext sc, @PathParam("slug") String slug, TenantBilling terms) {
        return billing.saveBillingSettings(CallerContext.of(sc), slug, terms);
    }

    /** Records messages, outsourced seat intervals and orders (channels, seat accounting and the order desk do this). */
    @POST
    @Path("/usage")
    public Response recordUsage(@Context SecurityContext sc, @PathParam("slug") String slug, List<UsageEntry> usage) {
        return Response.status(Response.Status.CREATED).entity(billing.recordUsage(CallerContext.of(sc), slug, usage)).build();
    }

    /** Records finished calls (the dialer and ACD do this; also for corrections and tests). */
    @POST
    @Path("/calls")
    public Response recordCalls(@Context SecurityContext sc, @PathParam("slug") String slug, List<CallRecord> calls) {
        return Response.status(Response.Status.CREATED).entity(billing.recordCalls(CallerContext.of(sc), slug, calls)).build();
    }

    /** Rates or re-rates the month: one charge per record, unchanged charges are not rewritten. */
    @POST
    @Path("/rating/{period}")
    public RatingReport rate(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        return billing.rate(CallerContext.of(sc), slug, month(period));
    }

    /** Starts rating the month as a job; follow it at /jobs/{id}. */
    @POST
    @Path("/rating-jobs/{period}")
    public Response startRating(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        JobView job = billing.startRating(CallerContext.of(sc), slug, month(period));
        return Response.status(Response.Status.ACCEPTED).entity(job).header("Location", "/api/v1/jobs/" + job.id()).build();
    }

    /** The month's charges (optionally of one type) in source order: the drill-down behind an invoice line. */
    @GET
    @Path("/charges/{period}")
    public Page<Charge> charges(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period,
                                @QueryParam("type") String type, @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("50") int size) {
        return billing.charges(CallerContext.of(sc), slug, month(period), type, page, size);
    }

    @GET
    @Path("/charges/{period}/summary")
    public List<ChargeSummary> summary(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        return billing.summary(CallerContext.of(sc), slug, month(period));
    }

    /** Locks the month: later corrections go to the next invoice. */
    @POST
    @Path("/periods/{period}/close")
    public Response close(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        billing.closePeriod(CallerContext.of(sc), slug, month(period));
        return Response.noContent().build();
    }

    /** The tenant's invoices and credit notes, newest first. */
    @GET
    @Path("/invoices")
    public List<RegisterEntry> invoices(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return billing.invoices(CallerContext.of(sc), slug);
    }

    /** What the month's invoice would say now; nothing is stored or numbered. */
    @GET
    @Path("/invoice-preview/{period}")
    public InvoiceDocument preview(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        return billing.previewInvoice(CallerContext.of(sc), slug, month(period));
    }

    /** Rates the month, issues its numbered invoice and closes the month. */
    @POST
    @Path("/invoices/{period}")
    public Response issue(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        return Response.status(Response.Status.CREATED).entity(billing.issueInvoice(CallerContext.of(sc), slug, month(period))).build();
    }

    /** Credits the open corrections of an invoiced month in a numbered credit note. */
    @POST
    @Path("/credit-notes/{period}")
    public Response creditNote(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        return Response.status(Response.Status.CREATED).entity(billing.issueCreditNote(CallerContext.of(sc), slug, month(period))).build();
    }

    @GET
    @Path("/documents/{number}")
    public InvoiceDocument document(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("number") String number) {
        return billing.invoice(CallerContext.of(sc), slug, number);
    }

    @GET
    @Path("/documents/{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("number") String number) {
        Caller caller = CallerContext.of(sc);
        billing.invoice(caller, slug, number); // refuse or 404 before the response starts streaming
        StreamingOutput body = out -> billing.writeInvoicePdf(caller, slug, number, out);
        return Response.ok(body, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"").build();
    }

    /** Every charge and correction behind the document; format csv or xlsx. */
    @GET
    @Path("/documents/{number}/detail")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response detail(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("number") String number,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        Caller caller = CallerContext.of(sc);
        TableWriter.Format f = tableFormat(format);
        billing.invoice(caller, slug, number);
        StreamingOutput body = out -> billing.writeInvoiceDetail(caller, slug, number, f, out);
        String type = f == TableWriter.Format.CSV ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + number + "-detail."
                + f.name().toLowerCase(Locale.ROOT) + "\"").build();
    }

    static TableWriter.Format tableFormat(String format) {
        try {
            return TableWriter.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("format", "format must be csv or xlsx");
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid("period", "period must be a month such as 2026-11");
        }
    }
}
