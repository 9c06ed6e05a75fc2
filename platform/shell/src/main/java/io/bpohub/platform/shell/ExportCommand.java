package io.bpohub.platform.shell;

import io.bpohub.api.documents.TableWriter;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ExportService;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Base of bpo:export-*: the format, the tenant and the file, and how the result is reported. */
public abstract class ExportCommand extends BpoCommand {
    @Reference
    ExportService exportService;

    @Option(name = "--format", aliases = "-f", description = "csv (default) or xlsx")
    @Completion(value = StringsCompleter.class, values = {"csv", "xlsx"})
    String format = "csv";

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

    @Argument(index = 1, name = "file", description = "Path of the file to write on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected final void run(Caller caller) {
        TableWriter.Format f = Format.parseEnum(TableWriter.Format.class, format, "format");
        Path target = path(file);
        long[] rows = {0};
        ServerFiles.write(target, out -> rows[0] = export(caller, f, out));
        out().println(rows[0] + " rows of " + tenant + " written.");
        new Details().add("File", target).add("Size", Format.bytes(ServerFiles.size(target))).print(out());
    }

    /** Writes the export; returns the number of rows. */
    protected abstract long export(Caller caller, TableWriter.Format format, java.io.OutputStream out);
}
