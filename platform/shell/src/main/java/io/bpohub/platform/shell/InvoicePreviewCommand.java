package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "invoice-preview", description = "Shows what a tenant's invoice for a month would say now",
        detailedDescription = "The month's rated charges by type plus the open corrections of earlier months, with tax and "
                + "due date from the tenant's terms. Nothing is stored, numbered or rated: rate the month first "
                + "(bpo:billing-rate) to see current prices. Example: bpo:invoice-preview acme 2026-11")
@Service
public class InvoicePreviewCommand extends BillingPeriodCommand {
    @Override
    protected void run(Caller caller, YearMonth month) {
        var document = billingService.previewInvoice(caller, tenant, month);
        out().println("Draft invoice of " + tenant + " for " + month + "; nothing is stored or numbered (bpo:invoice-issue "
                + tenant + " " + month + " issues it):");
        InvoicePrinter.document(document, out());
    }
}
