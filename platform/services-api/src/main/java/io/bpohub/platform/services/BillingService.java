package io.bpohub.platform.services;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.TableWriter;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;

/**
 * Rate plans and cost tables, usage records, rating into charges (one per record; re-rating updates
 * in place, closed periods get adjustments), and invoices and credit notes with gap-free numbers.
 */
public interface BillingService {
    RatePlan savePlan(Caller caller, RatePlan plan);

    List<RatePlan> plans(Caller caller);

    void assignPlan(Caller caller, String tenant, String planId);

    CostTable saveCostTable(Caller caller, CostTable table);

    List<CostTable> costTables(Caller caller);

    TenantBilling billingSettings(Caller caller, String tenant);

    TenantBilling saveBillingSettings(Caller caller, String tenant, TenantBilling settings);

    /** Records finished calls in the tenant's database; returns their ids. */
    List<Long> recordCalls(Caller caller, String tenant, List<CallRecord> calls);

    /** Records messages, seat intervals and orders in the tenant's database; returns their ids. */
    List<Long> recordUsage(Caller caller, String tenant, List<UsageEntry> usage);

    /** Rates (or re-rates) every record of the period now; a closed period gets adjustments, never changed charges. */
    RatingReport rate(Caller caller, String tenant, YearMonth period);

    /** The same as {@link #rate} as a job: returns at once, the job shows progress and ends with the report. */
    JobView startRating(Caller caller, String tenant, YearMonth period);

    JobView job(Caller caller, String jobId);

    List<ChargeSummary> summary(Caller caller, String tenant, YearMonth period);

    /** Drill-down: the period's charges, optionally of one type, in source order. */
    Page<Charge> charges(Caller caller, String tenant, YearMonth period, String chargeType, int page, int size);

    void closePeriod(Caller caller, String tenant, YearMonth period);

    /** What the period's invoice would say now (rated charges plus open adjustments); nothing is stored or numbered. */
    InvoiceDocument previewInvoice(Caller caller, String tenant, YearMonth period);

    /** Rates the period, numbers the invoice (gap-free, per agency), stores it and closes the period. */
    InvoiceDocument issueInvoice(Caller caller, String tenant, YearMonth period);

    /** Credits the open (net negative) adjustments of an invoiced period in a numbered credit note. */
    InvoiceDocument issueCreditNote(Caller caller, String tenant, YearMonth invoicedPeriod);

    /** The tenant's numbered documents (client managers: their own tenant only, without cost and margin). */
    List<RegisterEntry> invoices(Caller caller, String tenant);

    /** The agency's whole register with cost and margin per client. */
    List<RegisterEntry> register(Caller caller);

    InvoiceDocument invoice(Caller caller, String tenant, String number);

    void writeInvoicePdf(Caller caller, String tenant, String number, OutputStream out);

    /** Every charge (and settled adjustment) behind a document, as CSV or Excel. */
    void writeInvoiceDetail(Caller caller, String tenant, String number, TableWriter.Format format, OutputStream out);
}
