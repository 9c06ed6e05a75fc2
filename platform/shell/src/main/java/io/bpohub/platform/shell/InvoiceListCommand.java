package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "invoice-list", description = "Lists a tenant's numbered invoices and credit notes",
        detailedDescription = "Tax is the document's tax total. State ISSUED is final; ISSUING means the number is taken "
                + "and issuing did not finish: issue the month again to complete it. Show the agency's whole register, with "
                + "costs and margins, with bpo:invoice-register. Example: bpo:invoice-list acme")
@Service
public class InvoiceListCommand extends BillingCommand {
    @Argument(index = 0, name = "tenant", description = TENANT, required = true)
    String tenant;

    @Override
    protected void run(Caller caller) {
        InvoicePrinter.register(billingService.invoices(caller, tenant), false,
                "No invoices or credit notes for " + tenant + " yet; issue one with bpo:invoice-issue " + tenant + " <YYYY-MM>.",
                out());
    }
}
