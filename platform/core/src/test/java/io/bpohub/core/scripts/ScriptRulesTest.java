package io.bpohub.core.scripts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.ScriptState;
import java.util.List;
import org.junit.Test;

public class ScriptRulesTest {
    @Test
    public void versionsMoveDraftTrialLiveRetiredOnly() {
        assertTrue(ScriptRules.allowed(ScriptState.DRAFT, ScriptState.TRIAL));
        assertTrue(ScriptRules.allowed(ScriptState.TRIAL, ScriptState.LIVE));
        assertTrue(ScriptRules.allowed(ScriptState.TRIAL, ScriptState.RETIRED));
        assertTrue(ScriptRules.allowed(ScriptState.LIVE, ScriptState.RETIRED));
        assertFalse("a draft is tried before it goes live", ScriptRules.allowed(ScriptState.DRAFT, ScriptState.LIVE));
        assertFalse(ScriptRules.allowed(ScriptState.LIVE, ScriptState.TRIAL));
        assertFalse(ScriptRules.allowed(ScriptState.RETIRED, ScriptState.LIVE));
        assertFalse("published versions never go back to draft", ScriptRules.allowed(ScriptState.TRIAL, ScriptState.DRAFT));
        PlatformException e = assertThrows(PlatformException.class, () -> ScriptRules.check(3, ScriptState.RETIRED, ScriptState.LIVE));
        assertEquals(PlatformException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("it is final"));
    }

    @Test
    public void aPlanInsideFieldPracticeHasNoWarnings() {
        assertEquals(List.of(), ScriptRules.warnings(8, 40));
        assertEquals(List.of(), ScriptRules.warnings(16, 160));
        assertEquals(List.of(), ScriptRules.warnings(12, 90));
    }

    @Test
    public void smallTeamsMayTrialWithWarnings() {
        List<String> w = ScriptRules.warnings(3, 12);
        assertEquals(2, w.size());
        assertTrue(w.get(0), w.get(0).startsWith("3 testers is fewer than the recommended 8"));
        assertTrue(w.get(1), w.get(1).startsWith("12 calls is fewer than 5 per tester (15)"));
        assertEquals(1, ScriptRules.warnings(20, 150).size());
        assertTrue(ScriptRules.warnings(10, 101).get(0).contains("more than 10 per tester (100)"));
        ScriptRules.checkPlan(1, 1); // allowed: a one-agent client can still compare versions
    }

    @Test
    public void plansThatMeasureNothingAreRefused() {
        assertEquals("testers", assertThrows(PlatformException.class, () -> ScriptRules.checkPlan(0, 10)).field());
        assertEquals("testers", assertThrows(PlatformException.class, () -> ScriptRules.checkPlan(101, 1000)).field());
        assertEquals("targetCalls", assertThrows(PlatformException.class, () -> ScriptRules.checkPlan(8, 7)).field());
        assertEquals("targetCalls", assertThrows(PlatformException.class, () -> ScriptRules.checkPlan(8, 10_001)).field());
    }
}
