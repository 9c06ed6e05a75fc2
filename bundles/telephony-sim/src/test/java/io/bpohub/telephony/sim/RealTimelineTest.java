package io.bpohub.telephony.sim;

import org.junit.After;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RealTimelineTest {
    private final RealTimeline timeline = new RealTimeline("test-timeline");
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @After
    public void close() {
        timeline.close();
    }

    @Test
    public void runsTasksOnItsThreadInTimeOrderWithTiesInSchedulingOrder() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(4);
        Instant now = timeline.now();
        timeline.schedule(now.plusMillis(300), () -> record("c", done));
        timeline.schedule(now.plusMillis(100), () -> record("a", done));
        timeline.schedule(now.plusMillis(200), () -> record("b1", done));
        timeline.schedule(now.plusMillis(200), () -> record("b2", done));

        assertTrue("tasks ran", done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("a on scheduler", "b1 on scheduler", "b2 on scheduler", "c on scheduler"), ran);
    }

    @Test
    public void aFailingTaskDoesNotStopTheNextOnes() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        timeline.schedule(timeline.now(), () -> {
            throw new IllegalStateException("expected by the test");
        });
        timeline.schedule(timeline.now(), () -> record("after", done));
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    @Test
    public void aCancelledTaskDoesNotRun() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Instant now = timeline.now();
        assertTrue(timeline.schedule(now.plusMillis(200), () -> ran.add("cancelled")).cancel());
        timeline.schedule(now.plusMillis(400), () -> record("kept", done));
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("kept on scheduler"), ran);
    }

    @Test
    public void aClosedTimelineRefusesTasksAndDropsPendingOnes() {
        timeline.schedule(timeline.now().plusSeconds(3600), () -> ran.add("dropped"));
        timeline.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> timeline.schedule(timeline.now(), () -> { }));
        assertTrue(e.getMessage(), e.getMessage().contains("closed"));
        assertFalse(timeline.isSchedulerThread());
        assertEquals(List.of(), ran);
    }

    private void record(String name, CountDownLatch done) {
        ran.add(name + (timeline.isSchedulerThread() ? " on scheduler" : " elsewhere"));
        done.countDown();
    }
}
