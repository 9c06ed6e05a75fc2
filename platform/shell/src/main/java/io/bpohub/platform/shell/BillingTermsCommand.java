package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.TenantBilling;
import java.io.PrintStream;
import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "billing-terms", description = "Shows how a tenant is invoiced: bill-to party, tax, payment days, cost table",
        detailedDescription = "Address lines are shown separated by |, as bpo:billing-terms-set takes them. Without terms "
                + "of its own a tenant is billed under its name, without tax, at 30 days, with no carrier costs tracked. "
                + "Example: bpo:billing-terms acme")
@Service
public class BillingTermsCommand extends BillingCommand {
    @Argument(index = 0, name = "tenant", description = TENANT, required = true)
    String tenant;

    @Override
    protected void run(Caller caller) {
        out().println("Billing terms of " + tenant + ":");
        print(billingService.billingSettings(caller, tenant), out());
    }

    static void print(TenantBilling t, PrintStream out) {
        new Details()
                .add("Bill to", t.billToName())
                .add("Address", t.billToAddress() == null ? null : String.join(" | ", t.billToAddress().split("\\R")))
                .add("Tax name", t.taxName())
                .add("Tax rate", t.taxRate() == null ? null : Format.decimal(t.taxRate()) + " (" + percent(t.taxRate()) + ")")
                .add("Payment days", t.paymentDays())
                .add("Cost table", t.costTableId())
                .print(out);
    }

    /** A fraction as a percentage: 0.06 is {@code 6%}, 0.065 is {@code 6.5%}. */
    static String percent(BigDecimal fraction) {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }
}
