package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.TenantBilling;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "billing-terms-set", description = "Changes how a tenant is invoiced; what is left out stays as it is",
        detailedDescription = "Reads the current terms (bpo:billing-terms), changes what the options give and saves. "
                + "--address takes the lines separated by |; - clears the address or the cost table. --tax-rate 0 drops "
                + "the tax. New terms apply to documents issued from now on. Example: bpo:billing-terms-set --bill-to "
                + "\"Acme Trading Ltd\" --address \"8 Harbour Road|Wan Chai\" --tax-name VAT --tax-rate 0.06 --payment-days 45 "
                + "--cost-table pldt-2026 acme")
@Service
public class BillingTermsSetCommand extends BillingCommand {
    /** Given for --address or --cost-table: remove it. */
    static final String CLEAR = "-";

    @Option(name = "--bill-to", description = "Name invoices are addressed to")
    String billTo;

    @Option(name = "--address", description = "Postal address, lines separated by |; - for none")
    String address;

    @Option(name = "--tax-name", description = "Name of the tax on invoices, e.g. VAT")
    String taxName;

    @Option(name = "--tax-rate", description = "Tax rate as a fraction: 0.06 for 6 %; 0 for no tax")
    String taxRate;

    @Option(name = "--payment-days", description = "Days from the issue date to the due date")
    Integer paymentDays;

    @Option(name = "--cost-table", description = "Id of the carrier cost table that prices the tenant's calls (bpo:cost-table-list); - for none")
    String costTable;

    @Argument(index = 0, name = "tenant", description = TENANT, required = true)
    String tenant;

    @Override
    protected void run(Caller caller) {
        if (billTo == null && address == null && taxName == null && taxRate == null && paymentDays == null && costTable == null) {
            throw PlatformException.invalid(null, "nothing to change: give at least one of --bill-to, --address, --tax-name, "
                    + "--tax-rate, --payment-days, --cost-table (bpo:billing-terms " + tenant + " shows the current terms)");
        }
        BigDecimal rate = taxRate == null ? null : rate(taxRate); // a typo is refused before anything is read
        TenantBilling now = billingService.billingSettings(caller, tenant);
        TenantBilling changed = new TenantBilling(
                billTo != null ? billTo : now.billToName(),
                address != null ? address(address) : now.billToAddress(),
                taxName != null ? taxName : now.taxName(),
                rate != null ? rate : now.taxRate(),
                paymentDays != null ? paymentDays : now.paymentDays(),
                costTable == null ? now.costTableId() : CLEAR.equals(costTable.trim()) ? null : costTable.trim());
        TenantBilling saved = billingService.saveBillingSettings(caller, tenant, changed);
        out().println("Billing terms of " + tenant + " saved; documents issued from now on use them:");
        BillingTermsCommand.print(saved, out());
    }

    /** {@code 8 Harbour Road | Wan Chai} as stored: one line each, trimmed, blank lines dropped; {@code -} is none. */
    static String address(String given) {
        if (CLEAR.equals(given.trim())) {
            return "";
        }
        return Arrays.stream(given.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
    }

    static BigDecimal rate(String given) {
        try {
            return new BigDecimal(given.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("tax-rate", "--tax-rate must be a fraction such as 0.06 for 6 %, not '" + given + "'");
        }
    }
}
