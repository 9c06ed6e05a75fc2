package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.bpohub.platform.services.PlatformException;

/** What a test expects a platform call to refuse, and how. */
final class Refusals {
    private Refusals() {
    }

    /** Refused as invalid input; the refusal, to check the field it names. */
    static PlatformException invalid(Runnable call) {
        return refusal(call, PlatformException.Kind.INVALID_INPUT);
    }

    /** Refused as a conflict with the state of things. */
    static PlatformException conflict(Runnable call) {
        return refusal(call, PlatformException.Kind.CONFLICT);
    }

    /** Out of the caller's reach: forbidden, or not found (another tenant's things are not said to exist). */
    static void outOfReach(Runnable call) {
        try {
            call.run();
            fail("expected the request to be refused");
        } catch (PlatformException e) {
            assertTrue(e.kind().name(), e.kind() == PlatformException.Kind.FORBIDDEN || e.kind() == PlatformException.Kind.NOT_FOUND);
        }
    }

    private static PlatformException refusal(Runnable call, PlatformException.Kind kind) {
        try {
            call.run();
        } catch (PlatformException e) {
            assertEquals(e.getMessage(), kind, e.kind());
            return e;
        }
        throw new AssertionError("expected a refusal (" + kind + ")");
    }
}
