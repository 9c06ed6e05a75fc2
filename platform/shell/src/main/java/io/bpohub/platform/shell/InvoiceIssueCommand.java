package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "invoice-issue", description = "Rates a tenant's month, issues its numbered invoice and closes the month",
        detailedDescription = "Numbers are gap-free per agency and year. The invoice carries the month's charges and the open "
                + "corrections of earlier months. Refused when records cannot be priced, when there is nothing to invoice, or "
                + "when the month is already invoiced (correct it with a re-rate and bpo:credit-note-issue, or let the next "
                + "invoice carry the difference). Example: bpo:invoice-issue acme 2026-11")
@Service
public class InvoiceIssueCommand extends BillingPeriodCommand {
    @Override
    protected void run(Caller caller, YearMonth month) {
        var invoice = billingService.issueInvoice(caller, tenant, month);
        out().println("Invoice " + invoice.number() + " issued to " + tenant + " for " + month + "; the month is closed. "
                + "Download it with bpo:invoice-download " + tenant + " " + invoice.number() + " <file>");
        InvoicePrinter.document(invoice, out());
    }
}
