package io.bpohub.platform.shell;

import io.bpohub.platform.services.CallbackView;
import io.bpohub.platform.services.WorkflowService;
import io.bpohub.platform.services.WorkflowState;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

/** Base of the workflow commands (outcomes, callbacks, contact cards): the workflow service and how its answers are shown. */
public abstract class WorkflowCommand extends TenantWorkCommand {
    @Reference
    WorkflowService workflowService;

    /** Where the contact stands: stage, class, grade, attempts, last call and the next attempt or why there is none. */
    static Details state(WorkflowState s, Details details) {
        return details
                .add("Campaign", s.campaignKey())
                .add("Stage", s.stage())
                .add("Class", s.intentClass())
                .add("Grade", s.leadGrade())
                .add("Attempts", s.attempts() + " (" + s.unansweredAttempts() + " unanswered in a row)")
                .add("Last call", s.lastCalledAt() == null ? null : Format.time(s.lastCalledAt()) + " key " + Format.text(s.lastDisposition())
                        + " (" + Format.text(s.lastResult()) + ")")
                .add("Next attempt", s.nextAttemptAt() != null ? Format.time(s.nextAttemptAt())
                        : s.stopReason() != null ? "none: " + s.stopReason() : null);
    }

    static void callbacks(List<CallbackView> callbacks, String empty, PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText(empty);
        table.column("Id").alignRight();
        table.column("Due");
        table.column("State");
        table.column("Agent");
        table.column("Team").alignRight();
        table.column("Away");
        table.column("Contact");
        table.column("Campaign");
        table.column("Taken by");
        table.column("Note");
        for (CallbackView c : callbacks) {
            table.addRow().addContent(c.id(), Format.time(c.dueAt()), c.state(), Format.text(c.agentUsername()), Format.text(c.teamId()),
                    Format.yesNo(c.agentAway()), c.contactId() + " " + Format.text(c.contactName()), Format.text(c.campaignKey()),
                    Format.text(c.takenBy()), Format.text(c.note()));
        }
        table.print(out);
    }
}
