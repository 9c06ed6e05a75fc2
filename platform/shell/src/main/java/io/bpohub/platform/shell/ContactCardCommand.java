package io.bpohub.platform.shell;

import io.bpohub.platform.services.AssignmentChange;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactCard;
import io.bpohub.platform.services.ContactView;
import io.bpohub.platform.services.WorkflowEvent;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "contact-card", description = "Shows a contact's card: workflow state, history, callbacks and assignments",
        detailedDescription = "What the agent's screen pop shows; times are UTC. Example: bpo:contact-card acme 42")
@Service
public class ContactCardCommand extends WorkflowCommand {
    @Argument(index = 1, name = "contact", description = "Contact id", required = true)
    long contact;

    @Override
    protected void run(Caller caller) {
        ContactCard card = workflowService.card(caller, tenant, contact);
        ContactView c = card.contact();
        Details details = new Details()
                .add("Contact", c.id() + " " + c.name())
                .add("Phone", c.phone())
                .add("Placed", "department " + Format.text(c.departmentId()) + ", team " + Format.text(c.teamId()) + ", agent "
                        + Format.text(c.agentUsername()));
        state(card.state(), details).print(out());

        out().println();
        out().println("History:");
        ShellTable history = new ShellTable().emptyTableText("No calls or grades yet.");
        history.column("At");
        history.column("By");
        history.column("Kind");
        history.column("Key");
        history.column("Result");
        history.column("Class");
        history.column("Stage");
        history.column("Grade");
        history.column("Call");
        history.column("Note");
        for (WorkflowEvent e : card.history()) {
            history.addRow().addContent(Format.time(e.at()), e.actor(), e.kind(), Format.text(e.dispositionKey()), Format.text(e.result()),
                    change(e.fromClass(), e.toClass()), change(e.fromStage(), e.toStage()), change(e.fromGrade(), e.toGrade()),
                    Format.text(e.callRef()), Format.text(e.note()));
        }
        history.print(out());

        out().println();
        out().println("Callbacks:");
        callbacks(card.callbacks(), "No callbacks.", out());

        out().println();
        out().println("Assignments:");
        ShellTable moves = new ShellTable().emptyTableText("Not assigned yet.");
        moves.column("At");
        moves.column("By");
        moves.column("Reason");
        moves.column("Department");
        moves.column("Team");
        moves.column("Agent");
        for (AssignmentChange m : card.assignments()) {
            moves.addRow().addContent(Format.time(m.at()), m.actor(), m.reason(), change(m.fromDepartmentId(), m.toDepartmentId()),
                    change(m.fromTeamId(), m.toTeamId()), change(m.fromAgent(), m.toAgent()));
        }
        moves.print(out());
    }

    /** {@code INTERESTED} when unchanged, {@code - > INTERESTED} when it changed. */
    static String change(Object from, Object to) {
        return java.util.Objects.equals(from, to) ? Format.text(to) : Format.text(from) + " > " + Format.text(to);
    }
}
