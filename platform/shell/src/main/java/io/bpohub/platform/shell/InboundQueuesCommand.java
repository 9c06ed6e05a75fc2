package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.QueueToday;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "inbound-queues", description = "Shows each inbound queue of a tenant today: waiting, service level, answer time",
        detailedDescription = "One row per queue of the plan in force: callers waiting now and the longest wait, then the tenant's day "
                + "so far: calls offered (ended after waiting in the queue), answered, answered within the queue's target "
                + "(serviceLevelSeconds, 20 by default), abandoned, called back later at the caller's request, overflowed, the service level (within target / offered), the average "
                + "speed of answer and the abandon rate. Example: bpo:inbound-queues acme")
@Service
public class InboundQueuesCommand extends InboundCommand {
    @Override
    protected void run(Caller caller) {
        List<QueueToday> queues = inboundService.queues(caller, tenant);
        if (queues.isEmpty()) {
            out().println("The inbound plan of " + tenant + " has no queues; load one with bpo:inbound-plan-load.");
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Queue");
        table.column("Campaign");
        table.column("Waiting").alignRight();
        table.column("Longest s").alignRight();
        table.column("Offered").alignRight();
        table.column("Answered").alignRight();
        table.column("Abandoned").alignRight();
        table.column("Callbacks").alignRight();
        table.column("Overflowed").alignRight();
        table.column("Service level").alignRight();
        table.column("ASA s").alignRight();
        for (QueueToday q : queues) {
            table.addRow().addContent(q.queue(), q.campaign(), q.waitingNow(), Format.text(q.longestWaitSeconds()), q.offered(), q.answered(),
                    q.abandoned(), q.callbacks(), q.overflowed(), q.serviceLevel() == null ? "-" : DialingCommand.percent(q.serviceLevel()) + " in " + q.serviceLevelSeconds() + " s",
                    Format.text(q.averageAnswerSeconds()));
        }
        table.print(out());
        out().println("Day " + queues.get(0).day() + " in the tenant's time zone; a call counts in the last queue it waited in.");
    }
}
