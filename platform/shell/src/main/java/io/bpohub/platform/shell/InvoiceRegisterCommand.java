package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "invoice-register", description = "Lists the agency's invoice register: every tenant's documents with cost and margin",
        detailedDescription = "Cost is the month's carrier cost, in the cost table's currency, for tenants whose calls are "
                + "costed (bpo:billing-terms-set --cost-table); margin is subtotal minus cost when both are in the same "
                + "currency, otherwise -. State ISSUED is final; ISSUING means issuing did not finish: issue the month again "
                + "to complete it. Example: bpo:invoice-register")
@Service
public class InvoiceRegisterCommand extends BillingCommand {
    @Override
    protected void run(Caller caller) {
        InvoicePrinter.register(billingService.register(caller), true,
                "No invoices or credit notes yet; issue one with bpo:invoice-issue <tenant> <YYYY-MM>.", out());
    }
}
