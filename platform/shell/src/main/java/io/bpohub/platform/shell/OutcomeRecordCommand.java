package io.bpohub.platform.shell;

import io.bpohub.platform.services.CallOutcome;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.WorkflowState;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "outcome-record", description = "Records the disposition of a call to a contact",
        detailedDescription = "The disposition key is one of the campaign's (see bpo:campaign-show); it moves the contact's class and "
                + "stage, counts the attempt and schedules the next one inside the campaign's windows (decision 0013). A callback "
                + "you hold for the contact is completed. For corrections and dialer back-fills; agents record theirs in the console. "
                + "Example: bpo:outcome-record --call-ref cdr-981 --at 2026-03-03T02:15:00Z acme 42 2")
@Service
public class OutcomeRecordCommand extends WorkflowCommand {
    @Option(name = "--call-ref", aliases = "-r", description = "The call's CDR id or dialer reference")
    String callRef;

    @Option(name = "--at", description = "When the call ended, e.g. 2026-03-03T02:15:00Z (default now; never in the future)")
    String at;

    @Option(name = "--note", description = "Kept in the contact's history")
    String note;

    @Argument(index = 1, name = "contact", description = "Contact id", required = true)
    long contact;

    @Argument(index = 2, name = "disposition", description = "The disposition key pressed, e.g. 2", required = true)
    String disposition;

    @Override
    protected void run(Caller caller) {
        CallOutcome outcome = new CallOutcome(disposition, callRef, at == null ? null : Format.instant(at, "--at"), note);
        WorkflowState s = workflowService.recordOutcome(caller, tenant, contact, outcome);
        out().println("Outcome " + disposition + " recorded for contact " + s.contactId() + " of " + tenant + ".");
        state(s, new Details()).print(out());
    }
}
