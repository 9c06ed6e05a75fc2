package io.bpohub.platform.shell;

import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "invoice-download", description = "Writes an invoice or credit note as PDF, or its detail, to a file",
        detailedDescription = "Without --detail: the document as PDF. With --detail csv or xlsx: every charge and settled "
                + "correction behind it, one row each. The file is written on the Karaf server (a relative path starts at the "
                + "shell's current directory) and replaced if it exists; it is only put in place once complete. Examples: "
                + "bpo:invoice-download acme INV-2026-000042 /tmp/INV-2026-000042.pdf; bpo:invoice-download --detail xlsx acme "
                + "INV-2026-000042 /tmp/INV-2026-000042.xlsx")
@Service
public class InvoiceDownloadCommand extends BillingCommand {
    @Option(name = "--detail", aliases = "-d", description = "Write the charges behind the document instead of its PDF: csv or xlsx")
    @Completion(value = StringsCompleter.class, values = {"csv", "xlsx"})
    String detail;

    @Argument(index = 0, name = "tenant", description = TENANT, required = true)
    String tenant;

    @Argument(index = 1, name = "number", description = "The document's number, e.g. INV-2026-000042 (see bpo:invoice-list)", required = true)
    String number;

    @Argument(index = 2, name = "file", description = "Path of the file to write on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller) {
        TableWriter.Format format = detail == null ? null : Format.parseEnum(TableWriter.Format.class, detail, "detail");
        Path target = path(file);
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw PlatformException.invalid("file", "there is no directory " + dir + " on the Karaf server");
        }
        if (Files.isDirectory(target)) {
            throw PlatformException.invalid("file", target + " is a directory; give the path of the file to write");
        }
        // written beside the target and moved into place: a failed download leaves no half file, nor a clobbered old one;
        // the part file is created like any new file (not as a temp file), so the result gets the usual permissions
        Path part = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (format == null) {
                    billingService.writeInvoicePdf(caller, tenant, number, out);
                } else {
                    billingService.writeInvoiceDetail(caller, tenant, number, format, out);
                }
            }
            move(part, target);
            out().println((format == null ? "PDF of " : format + " detail of ") + number + " of " + tenant + " written.");
            new Details()
                    .add("File", target)
                    .add("Size", Format.bytes(Files.size(target)))
                    .print(out());
        } catch (IOException e) {
            throw PlatformException.invalid("file", "cannot write " + target + " (" + e.getClass().getSimpleName() + ")");
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // nothing more to do: the part file is hidden and named after the target
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
