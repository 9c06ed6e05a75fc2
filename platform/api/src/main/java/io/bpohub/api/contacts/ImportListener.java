package io.bpohub.api.contacts;

/**
 * Hears of an import while it runs, on the thread that called the importer. A runtime exception
 * thrown here stops the import at its last checkpoint: it stays {@link ImportState#RUNNING} and
 * {@link ContactImporter#resume} finishes it (this is also how a user's "stop" is done).
 */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = progress -> { };

    /** The import has its id (stored, nothing applied yet). */
    default void started(long importId) {
    }

    /** After each committed batch. */
    void progress(ImportProgress progress);
}
