package io.bpohub.platform.shell;

import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.Caller;
import java.nio.file.Path;
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
        ServerFiles.write(target, out -> {
            if (format == null) {
                billingService.writeInvoicePdf(caller, tenant, number, out);
            } else {
                billingService.writeInvoiceDetail(caller, tenant, number, format, out);
            }
        });
        out().println((format == null ? "PDF of " : format + " detail of ") + number + " of " + tenant + " written.");
        new Details()
                .add("File", target)
                .add("Size", Format.bytes(ServerFiles.size(target)))
                .print(out());
    }
}
