package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "agent-skills", description = "Shows or sets an agent's skills, which inbound queues route by",
        detailedDescription = "Without skills: shows the agent's skills in the tenant. With skills: replaces them all; --clear "
                + "removes every one. New skills apply from the agent's next join. "
                + "Examples: bpo:agent-skills acme acme.ana billing spanish; bpo:agent-skills --clear acme acme.ana")
@Service
public class AgentSkillsCommand extends InboundCommand {
    @Argument(index = 1, name = "agent", description = "The agent's username", required = true)
    String agent;

    @Argument(index = 2, name = "skills", description = "The agent's skills, replacing the ones they have", multiValued = true)
    List<String> skills;

    @Option(name = "--clear", description = "Remove every skill of the agent")
    boolean clear;

    @Override
    protected void run(Caller caller) {
        boolean given = skills != null && !skills.isEmpty();
        if (clear && given) {
            throw PlatformException.invalid("clear", "--clear removes every skill; leave it out to set " + String.join(", ", skills));
        }
        if (clear) {
            inboundService.setSkills(caller, tenant, agent, Set.of());
            out().println(agent + " has no skills in " + tenant + " now; this applies from their next join.");
            return;
        }
        if (given) {
            Set<String> saved = inboundService.setSkills(caller, tenant, agent, new LinkedHashSet<>(skills));
            out().println("Skills of " + agent + " in " + tenant + " set to " + list(saved) + "; they apply from the agent's next join.");
            return;
        }
        Set<String> current = inboundService.skills(caller, tenant, agent);
        if (current.isEmpty()) {
            out().println(agent + " has no skills in " + tenant + "; set them with bpo:agent-skills " + tenant + " " + agent
                    + " <skill> ...");
        } else {
            out().println("Skills of " + agent + " in " + tenant + ": " + list(current));
        }
    }

    /** The skills sorted, comma-separated; {@code none} for none. */
    static String list(Set<String> skills) {
        return skills.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(skills));
    }
}
