package io.bpohub.core.scripts;

import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.ScriptState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The life of a script version and what a trial plan may look like. The field practice is 8–16 testers
 * making 5–10 calls each (50–150 calls); a plan outside that is allowed (a small team has fewer agents)
 * but answered with warnings. Hard limits only stop plans that cannot measure anything.
 */
public final class ScriptRules {
    public static final int RECOMMENDED_MIN_TESTERS = 8;
    public static final int RECOMMENDED_MAX_TESTERS = 16;
    public static final int RECOMMENDED_MIN_CALLS_EACH = 5;
    public static final int RECOMMENDED_MAX_CALLS_EACH = 10;
    public static final int MAX_TESTERS = 100;
    public static final int MAX_TARGET_CALLS = 10_000;

    private static final Map<ScriptState, Set<ScriptState>> NEXT = Map.of(
            ScriptState.DRAFT, EnumSet.of(ScriptState.TRIAL),
            ScriptState.TRIAL, EnumSet.of(ScriptState.LIVE, ScriptState.RETIRED),
            ScriptState.LIVE, EnumSet.of(ScriptState.RETIRED),
            ScriptState.RETIRED, EnumSet.noneOf(ScriptState.class));

    private ScriptRules() {
    }

    public static boolean allowed(ScriptState from, ScriptState to) {
        return NEXT.get(from).contains(to);
    }

    /** Refuses a move the life cycle does not have, saying which moves there are. */
    public static void check(int version, ScriptState from, ScriptState to) {
        if (!allowed(from, to)) {
            throw PlatformException.conflict("state", "version " + version + " is " + from + " and cannot become " + to
                    + (NEXT.get(from).isEmpty() ? "; it is final" : "; from " + from + " it can become " + NEXT.get(from)));
        }
    }

    /** Hard limits of a trial plan; {@code distinctTesters} after removing repeats. */
    public static void checkPlan(int distinctTesters, int targetCalls) {
        if (distinctTesters < 1 || distinctTesters > MAX_TESTERS) {
            throw PlatformException.invalid("testers", "a trial needs 1 to " + MAX_TESTERS + " testers (recommended "
                    + RECOMMENDED_MIN_TESTERS + "–" + RECOMMENDED_MAX_TESTERS + ")");
        }
        if (targetCalls < distinctTesters || targetCalls > MAX_TARGET_CALLS) {
            throw PlatformException.invalid("targetCalls", "targetCalls must be at least one call per tester (" + distinctTesters
                    + ") and at most " + MAX_TARGET_CALLS);
        }
    }

    /** Where a plan departs from the field practice; empty when it follows it. */
    public static List<String> warnings(int testers, int targetCalls) {
        List<String> w = new ArrayList<>();
        if (testers < RECOMMENDED_MIN_TESTERS) {
            w.add(testers + " testers is fewer than the recommended " + RECOMMENDED_MIN_TESTERS + "; results depend heavily on who tried it");
        } else if (testers > RECOMMENDED_MAX_TESTERS) {
            w.add(testers + " testers is more than the recommended " + RECOMMENDED_MAX_TESTERS + "; this is closer to a roll-out than a trial");
        }
        if (targetCalls < testers * RECOMMENDED_MIN_CALLS_EACH) {
            w.add(targetCalls + " calls is fewer than " + RECOMMENDED_MIN_CALLS_EACH + " per tester (" + testers * RECOMMENDED_MIN_CALLS_EACH
                    + "); the success rate will be unsteady");
        } else if (targetCalls > testers * RECOMMENDED_MAX_CALLS_EACH) {
            w.add(targetCalls + " calls is more than " + RECOMMENDED_MAX_CALLS_EACH + " per tester (" + testers * RECOMMENDED_MAX_CALLS_EACH
                    + "); the trial will take longer than usual");
        }
        return w;
    }
}
