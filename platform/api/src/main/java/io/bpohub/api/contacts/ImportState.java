package io.bpohub.api.contacts;

/** Where an import stands. */
public enum ImportState {
    /** Being written, or interrupted (crash, lost connection, aborted by its listener): resume it. */
    RUNNING,
    /** Every row was read; accepted rows are in the campaign, rejected rows in the import's rejects. */
    COMPLETED,
    /** The file could not be read as a whole (malformed); nothing of it was applied. */
    FAILED
}
