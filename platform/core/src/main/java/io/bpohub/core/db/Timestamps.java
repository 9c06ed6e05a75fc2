package io.bpohub.core.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants at the precision the TIMESTAMP(3) columns keep, so what a call returns equals what a later read returns. */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
