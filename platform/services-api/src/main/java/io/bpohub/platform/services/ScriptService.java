package io.bpohub.platform.services;

import java.util.List;

/**
 * A tenant's call scripts. A script is known by its key (campaigns name it); its versions move
 * DRAFT → TRIAL → LIVE → RETIRED, only a draft can be edited, and one version per script is LIVE.
 * A trial names its testers and a target number of calls; outcomes of calls made with a version are
 * recorded here (by the dialer) and compared per version before roll-out.
 */
public interface ScriptService {
    ScriptView create(Caller caller, String tenant, NewScript script);

    List<ScriptView> scripts(Caller caller, String tenant);

    /** Writes the script's draft: replaces the open draft's content, or opens a new draft version. */
    ScriptVersionView saveDraft(Caller caller, String tenant, String key, ScriptContent content);

    List<ScriptVersionView> versions(Caller caller, String tenant, String key);

    ScriptVersionView version(Caller caller, String tenant, String key, int version);

    /** The LIVE version, as a screen pop shows it; NOT_FOUND when nothing is live yet. */
    ScriptVersionView live(Caller caller, String tenant, String key);

    /** Puts a draft on trial with its testers (agents of the tenant) and target number of calls. */
    ScriptVersionView startTrial(Caller caller, String tenant, String key, int version, TrialPlan plan);

    /** Records the outcome of one call made with a TRIAL or LIVE version; a repeated {@code callRef} is not counted twice. */
    VersionResult recordCall(Caller caller, String tenant, String key, int version, ScriptCall call);

    /** Calls, success rate and average talk time of every TRIAL, LIVE and RETIRED version side by side. */
    ScriptResults results(Caller caller, String tenant, String key);

    /**
     * Makes a TRIAL version LIVE (the LIVE one is RETIRED). Refused before the trial reached its target
     * unless {@code force} with a reason, which is audited.
     */
    ScriptVersionView rollOut(Caller caller, String tenant, String key, int version, boolean force, String reason);

    /** Ends a trial without roll-out, or takes the LIVE version out of use. */
    ScriptVersionView retire(Caller caller, String tenant, String key, int version);
}
