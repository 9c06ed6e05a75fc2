package io.bpohub.dialer;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.telephony.sim.VirtualTimeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.bpohub.api.dialer.AgentState.ON_CALL;
import static io.bpohub.api.dialer.AgentState.PAUSED;
import static io.bpohub.api.dialer.AgentState.READY;
import static io.bpohub.api.dialer.AgentState.WRAP_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

public class AgentPoolTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private final VirtualTimeline timeline = new VirtualTimeline(T0);
    private final AgentPool pool = new AgentPool(timeline);
    private final List<AgentStateChange> changes = new ArrayList<>();

    {
        pool.listen(changes::add);
    }

    @Test
    public void wrapUpTimeoutReturnsTheAgentToReady() {
        pool.login("ann", "sip:ann", Duration.ofSeconds(15));
        Agent ann = pool.longestIdleReady();
        pool.connect(ann, "c1", "call-1");
        timeline.runUntil(T0.plusSeconds(60));
        pool.callEnded("call-1");
        timeline.runUntil(T0.plusSeconds(74));
        assertEquals(WRAP_UP, pool.state("ann"));
        timeline.runUntil(T0.plusSeconds(75));
        assertEquals(READY, pool.state("ann"));
        AgentStateChange last = changes.get(changes.size() - 1);
        assertEquals(WRAP_UP, last.from());
        assertEquals(T0.plusSeconds(75), last.at());
    }

    @Test
    public void agentReadyBeforeTheTimeoutEndsWrapUpOnce() {
        pool.login("ann", "sip:ann", Duration.ofSeconds(15));
        Agent ann = pool.longestIdleReady();
        pool.connect(ann, "c1", "call-1");
        pool.callEnded("call-1");
        timeline.runUntil(T0.plusSeconds(5));
        pool.ready("ann");
        timeline.runUntil(T0.plusSeconds(60));
        assertEquals(List.of(AgentState.LOGGED_OUT, READY, ON_CALL, WRAP_UP), changes.stream().map(AgentStateChange::from).toList());
        assertEquals(READY, pool.state("ann"));
    }

    @Test
    public void everyStateChangeReachesTheListenerWithThePauseReason() {
        pool.login("ann", "sip:ann", Duration.ofSeconds(15));
        pool.pause("ann", "training");
        pool.ready("ann");
        pool.logout("ann");
        assertEquals(List.of(READY, PAUSED, READY, AgentState.LOGGED_OUT), changes.stream().map(AgentStateChange::to).toList());
        assertEquals("training", changes.get(1).pauseReason());
        assertThrows(IllegalArgumentException.class, () -> pool.pause("ann", " "));
    }

    @Test
    public void theReadyAgentIdleLongestIsChosenFirst() {
        pool.login("ann", "sip:ann", Duration.ZERO);
        timeline.runUntil(T0.plusSeconds(1));
        pool.login("bob", "sip:bob", Duration.ZERO);
        timeline.runUntil(T0.plusSeconds(2));
        pool.pause("ann", "break");
        pool.ready("ann");
        assertSame("bob", pool.longestIdleReady().id);
        pool.connect(pool.longestIdleReady(), "c1", "call-1");
        assertSame("ann", pool.longestIdleReady().id);
    }

    @Test
    public void theReadyAgentIdleLongestWhoHasAllTheSkillsIsChosenForAnInboundCall() {
        pool.login("ann", "sip:ann", Duration.ZERO, Set.of("en"));
        timeline.runUntil(T0.plusSeconds(1));
        pool.login("bob", "sip:bob", Duration.ZERO, Set.of("en", "es"));
        pool.login("cara", "sip:cara", Duration.ZERO, Set.of("es", "en", "fr"));
        pool.pause("bob", "break");
        assertSame("cara", pool.longestIdleReady(Set.of("es", "en")).id);
        assertSame("ann", pool.longestIdleReady(Set.of()).id);
        assertNull(pool.longestIdleReady(Set.of("de")));
        // a paused agent will take calls again
        assertEquals(2, pool.loggedInWith(Set.of("es")));
        pool.logout("cara");
        assertEquals(1, pool.loggedInWith(Set.of("es")));
    }

    @Test
    public void anAgentOnACallCannotPauseOrLogOut() {
        pool.login("ann", "sip:ann", Duration.ZERO);
        pool.connect(pool.longestIdleReady(), "c1", "call-1");
        assertThrows(IllegalStateException.class, () -> pool.pause("ann", "break"));
        assertThrows(IllegalStateException.class, () -> pool.logout("ann"));
        assertNull(pool.longestIdleReady());
        assertEquals(1, pool.count(ON_CALL));
    }
}
