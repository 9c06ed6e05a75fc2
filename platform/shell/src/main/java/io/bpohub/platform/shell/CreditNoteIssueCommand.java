package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "credit-note-issue", description = "Issues a numbered credit note for the corrections of an invoiced month",
        detailedDescription = "Re-rates the month first: its invoiced charges stay, differences become adjustments. Credits "
                + "the open adjustments of that month when they add up to a credit; a net charge goes on the next invoice "
                + "instead. Example: bpo:credit-note-issue acme 2026-10")
@Service
public class CreditNoteIssueCommand extends BillingPeriodCommand {
    @Override
    protected void run(Caller caller, YearMonth month) {
        var note = billingService.issueCreditNote(caller, tenant, month);
        out().println("Credit note " + note.number() + " issued to " + tenant + " for " + month + ", correcting invoice "
                + Format.text(note.refersTo()) + ". Download it with bpo:invoice-download " + tenant + " " + note.number() + " <file>");
        InvoicePrinter.document(note, out());
    }
}
