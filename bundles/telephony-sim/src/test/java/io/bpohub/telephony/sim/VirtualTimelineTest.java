package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.Timeline;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class VirtualTimelineTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final VirtualTimeline timeline = new VirtualTimeline(T0);
    private final List<String> ran = new ArrayList<>();

    @Test
    public void runsTasksInTimeOrderAndTiesInTheOrderTheyWereScheduled() {
        timeline.schedule(T0.plusSeconds(20), () -> ran.add("c@20"));
        timeline.schedule(T0.plusSeconds(10), () -> ran.add("a@10"));
        timeline.schedule(T0.plusSeconds(10), () -> ran.add("b@10"));

        assertEquals(3, timeline.runAll());
        assertEquals(List.of("a@10", "b@10", "c@20"), ran);
        assertEquals(T0.plusSeconds(20), timeline.now());
    }

    @Test
    public void theClockStandsAtEachTaskWhileItRuns() {
        timeline.schedule(T0.plusSeconds(7), () -> ran.add(timeline.now().toString()));
        timeline.runAll();
        assertEquals(List.of(T0.plusSeconds(7).toString()), ran);
    }

    @Test
    public void aCancelledTaskNeverRunsAndCancelSaysWhetherItStoppedIt() {
        Timeline.Scheduled cancelled = timeline.schedule(T0.plusSeconds(1), () -> ran.add("cancelled"));
        Timeline.Scheduled done = timeline.schedule(T0.plusSeconds(2), () -> ran.add("done"));

        assertTrue(cancelled.cancel());
        assertFalse("a second cancel changes nothing", cancelled.cancel());
        assertEquals(1, timeline.runAll());
        assertFalse("a task that ran cannot be cancelled", done.cancel());
        assertEquals(List.of("done"), ran);
    }

    @Test
    public void tasksScheduledByTasksRunInTheSameRunAndPastTimesRunNow() {
        timeline.schedule(T0.plusSeconds(5), () -> {
            ran.add("outer");
            timeline.schedule(timeline.now().plusSeconds(5), () -> ran.add("later"));
            timeline.schedule(T0, () -> ran.add("past, at " + timeline.now().getEpochSecond() % 60));
        });
        timeline.runAll();
        assertEquals(List.of("outer", "past, at 5", "later"), ran);
    }

    @Test
    public void runUntilRunsWhatIsDueLeavesTheRestAndMovesTheClockToTheEnd() {
        timeline.schedule(T0.plusSeconds(10), () -> ran.add("due"));
        timeline.schedule(T0.plusSeconds(30), () -> ran.add("not yet"));

        assertEquals(1, timeline.runUntil(T0.plusSeconds(20)));
        assertEquals(List.of("due"), ran);
        assertEquals(T0.plusSeconds(20), timeline.now());
        assertEquals(T0.plusSeconds(30), timeline.nextTaskAt());

        timeline.runUntil(T0.plusSeconds(30));
        assertEquals(List.of("due", "not yet"), ran);
        assertNull(timeline.nextTaskAt());
    }

    @Test
    public void theClockDoesNotGoBack() {
        timeline.runUntil(T0.plusSeconds(60));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> timeline.runUntil(T0));
        assertTrue(e.getMessage(), e.getMessage().contains("does not go back"));
    }

    @Test
    public void runningFromInsideATaskIsRefused() {
        timeline.schedule(T0, () -> timeline.runAll());
        IllegalStateException e = assertThrows(IllegalStateException.class, timeline::runAll);
        assertTrue(e.getMessage(), e.getMessage().contains("already running"));
    }
}
