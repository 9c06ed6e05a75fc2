package io.bpohub.platform.shell;

import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.platform.services.RegisterEntry;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.support.table.ShellTable;

/** How invoices, credit notes and the invoice register are shown in the shell. Amounts are printed as billing computed them. */
final class InvoicePrinter {
    static final String DRAFT = "DRAFT";

    private InvoicePrinter() {
    }

    /** The document's header, then its lines with subtotal, taxes and total below them. */
    static void document(InvoiceDocument d, PrintStream out) {
        new Details()
                .add("Number", d.draft() ? DRAFT : d.number())
                .add("Kind", d.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? "Credit note" : "Invoice")
                .add("Period", d.period())
                .add("Refers to", d.refersTo())
                .add("Customer", d.customer().name())
                .add("Issue date", d.issueDate())
                .add("Due date", d.dueDate())
                .add("Currency", d.currency())
                .print(out);
        out.println();
        ShellTable table = new ShellTable();
        table.column("Description");
        table.column("Quantity").alignRight();
        table.column("Unit");
        table.column("Records").alignRight();
        table.column("Amount").alignRight();
        for (InvoiceDocument.Line line : d.lines()) {
            table.addRow().addContent(line.description(), Format.decimal(line.quantity()), line.unit(), line.records(),
                    Format.decimal(line.amount()));
        }
        if (d.lines().isEmpty()) {
            table.addRow().addContent("(no charges)", "", "", "", "");
        }
        table.addRow().addContent("Subtotal", "", "", "", Format.decimal(d.subtotal()));
        for (InvoiceDocument.Tax tax : d.taxes()) {
            table.addRow().addContent(tax.name() + " " + BillingTermsCommand.percent(tax.rate()) + " of " + Format.decimal(tax.base()),
                    "", "", "", Format.decimal(tax.amount()));
        }
        table.addRow().addContent("Total " + d.currency(), "", "", "", Format.decimal(d.total()));
        table.print(out);
    }

    /**
     * Numbered documents, newest as the service lists them. {@code agency}: the whole register, with the
     * tenant, the period's carrier cost (in its own currency) and the margin.
     */
    static void register(List<RegisterEntry> entries, boolean agency, String emptyText, PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText(emptyText);
        table.column("Number");
        table.column("Kind");
        if (agency) {
            table.column("Tenant");
        }
        table.column("Period");
        table.column("Refers to");
        table.column("Subtotal").alignRight();
        table.column("Tax").alignRight();
        table.column("Total").alignRight();
        table.column("Currency");
        if (agency) {
            table.column("Cost").alignRight();
            table.column("Margin").alignRight();
        }
        table.column("State");
        table.column("Issued at");
        table.column("Issued by");
        for (RegisterEntry e : entries) {
            var row = table.addRow();
            row.addContent(e.number(), e.kind());
            if (agency) {
                row.addContent(e.tenant());
            }
            row.addContent(e.period(), Format.text(e.refersTo()), Format.decimal(e.subtotal()), Format.decimal(e.taxTotal()),
                    Format.decimal(e.total()), e.currency());
            if (agency) {
                row.addContent(e.cost() == null ? Format.NONE : Format.decimal(e.cost()) + " " + Format.text(e.costCurrency()),
                        Format.decimal(e.margin()));
            }
            row.addContent(e.state(), Format.time(e.issuedAt()), Format.text(e.issuedBy()));
        }
        table.print(out);
    }
}
