package io.bpohub.platform.shell;

import io.bpohub.platform.services.AssignmentLevel;
import io.bpohub.platform.services.AssignmentRequest;
import io.bpohub.platform.services.AssignmentResult;
import io.bpohub.platform.services.AssignmentService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.LeadGrade;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.WorkflowStage;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "contact-assign", description = "Hands a campaign's contacts one level down the tree",
        detailedDescription = "Level DEPARTMENT takes the campaign's contacts nobody has yet (tenant admin); TEAM the ones of the "
                + "teams' department not yet in a team (its head); AGENT the ones of the agents' team not yet with an agent "
                + "(its lead). Targets are department or team ids (see bpo:org-tree) or agent usernames. Finished contacts "
                + "(WON, DROPPED) stay unless --stage asks for them. Several targets share the contacts evenly (counts differ "
                + "by at most one); say --evenly to confirm. Example: bpo:contact-assign --count 200 --evenly --class interested "
                + "acme spring team 12 13")
@Service
public class ContactAssignCommand extends TenantWorkCommand {
    @Reference
    AssignmentService assignmentService;

    @Option(name = "--count", aliases = "-c", description = "At most this many contacts (default all that match)")
    Integer count;

    @Option(name = "--evenly", aliases = "-e", description = "Spread over several targets in turn (required with more than one)")
    boolean evenly;

    @Option(name = "--class", description = "Only contacts of this intent class (BUY_NOW, INTERESTED, CONSIDERING, NOT_NOW, NEVER)")
    String intentClass;

    @Option(name = "--stage", description = "Only contacts in this stage (SCREENING, FOLLOW_UP, RESOLVING, CLOSING, WON, DROPPED)")
    String stage;

    @Option(name = "--grade", description = "Only contacts of this lead grade (A to E)")
    String grade;

    @Option(name = "--region", description = "Only contacts of this region")
    String region;

    @Option(name = "--city", description = "Only contacts of this city")
    String city;

    @Argument(index = 1, name = "campaign", description = "Campaign key", required = true)
    String campaign;

    @Argument(index = 2, name = "level", description = "DEPARTMENT, TEAM or AGENT", required = true)
    String level;

    @Argument(index = 3, name = "targets", description = "Department or team ids, or agent usernames", required = true, multiValued = true)
    List<String> targets;

    @Override
    protected void run(Caller caller) {
        AssignmentLevel to = Format.parseEnum(AssignmentLevel.class, level, "level");
        if (targets.size() > 1 && !evenly) {
            throw PlatformException.invalid("evenly", targets.size() + " targets share the contacts in turn (counts differ by at most "
                    + "one); add --evenly to confirm, or name one target");
        }
        if (count != null && count < 1) throw PlatformException.invalid("count", "--count must be 1 or more; leave it out for all");
        AssignmentRequest request = new AssignmentRequest(campaign, to, List.copyOf(targets), count,
                intentClass == null ? null : Format.parseEnum(IntentClass.class, intentClass, "class"),
                stage == null ? null : Format.parseEnum(WorkflowStage.class, stage, "stage"),
                grade == null ? null : Format.parseEnum(LeadGrade.class, grade, "grade"), region, city);
        AssignmentResult result = assignmentService.assign(caller, tenant, request);
        out().println("Assigned " + contacts(result.assigned()) + " of campaign " + campaign + " in " + tenant + " to "
                + to.name().toLowerCase(Locale.ROOT) + (targets.size() == 1 ? "" : "s") + ":");
        perTarget(result, out());
        if (result.assigned() == 0) {
            out().println("None matched: only contacts the level above handed to the parent unit, and nobody below yet, are assigned.");
        }
    }

    static String contacts(int n) {
        return n + (n == 1 ? " contact" : " contacts");
    }

    static void perTarget(AssignmentResult result, PrintStream out) {
        int width = result.perTarget().keySet().stream().mapToInt(String::length).max().orElse(0);
        result.perTarget().forEach((target, n) -> out.println("  " + String.format("%-" + width + "s", target) + "  " + n));
    }
}
