package io.bpohub.core.complaints;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.ComplaintSeverity;
import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
import org.junit.Test;

public class ComplaintRulesTest {
    private static final Instant T = Instant.parse("2026-03-06T10:00:00Z");

    @Test
    public void lifecycleWithReopen() {
        assertTrue(ComplaintRules.allowed(ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS));
        assertTrue(ComplaintRules.allowed(ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED));
        assertTrue(ComplaintRules.allowed(ComplaintStatus.OPEN, ComplaintStatus.RESOLVED));
        assertTrue(ComplaintRules.allowed(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED));
        assertTrue("the customer calls back", ComplaintRules.allowed(ComplaintStatus.RESOLVED, ComplaintStatus.OPEN));
        assertTrue(ComplaintRules.allowed(ComplaintStatus.CLOSED, ComplaintStatus.OPEN));
        assertFalse("closing needs a resolution first", ComplaintRules.allowed(ComplaintStatus.OPEN, ComplaintStatus.CLOSED));
        assertFalse(ComplaintRules.allowed(ComplaintStatus.IN_PROGRESS, ComplaintStatus.CLOSED));
        assertFalse(ComplaintRules.allowed(ComplaintStatus.CLOSED, ComplaintStatus.RESOLVED));
        assertEquals("status", assertThrows(PlatformException.class,
                () -> ComplaintRules.check(1, ComplaintStatus.OPEN, ComplaintStatus.CLOSED)).field());
    }

    @Test
    public void dueDateFollowsSeverity() {
        assertEquals(Instant.parse("2026-03-07T10:00:00Z"), ComplaintRules.due(ComplaintSeverity.CRITICAL, T));
        assertEquals(Instant.parse("2026-03-08T10:00:00Z"), ComplaintRules.due(ComplaintSeverity.HIGH, T));
        assertEquals("calendar days: the weekend counts", Instant.parse("2026-03-11T10:00:00Z"), ComplaintRules.due(ComplaintSeverity.MEDIUM, T));
        assertEquals(Instant.parse("2026-03-16T10:00:00Z"), ComplaintRules.due(ComplaintSeverity.LOW, T));
    }

    @Test
    public void onlyUnresolvedComplaintsAreOverdue() {
        Instant due = T;
        assertTrue(ComplaintRules.overdue(ComplaintStatus.OPEN, due, T.plusSeconds(1)));
        assertTrue(ComplaintRules.overdue(ComplaintStatus.IN_PROGRESS, due, T.plusSeconds(1)));
        assertFalse(ComplaintRules.overdue(ComplaintStatus.OPEN, due, T));
        assertFalse(ComplaintRules.overdue(ComplaintStatus.RESOLVED, due, T.plusSeconds(86_400)));
    }
}
