package io.bpohub.contactimport;

import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.FileFormat;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * A platform in its own JVM that imports a file slowly (a pause after each batch), for
 * {@link ContactImportResumeTest} to kill with SIGKILL in the middle. Args: database, file, campaign, batch rows.
 */
public final class ImportProcess {
    private ImportProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = TenantDb.connect(args[0])) {
            new ContactImportEngine(Integer.parseInt(args[3])).run(
                    Fixtures.request(args[2], "contacts.csv", FileFormat.CSV, null, Fixtures.GENERATOR, false), Path.of(args[1]), c,
                    DoNotCallList.NONE, progress -> {
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
        }
        System.exit(0);
    }
}
