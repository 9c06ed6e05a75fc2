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

@Command(scope = "bpo", name = "import-rejects", description = "Writes an import's rejected rows, with row number and reason, to a file",
        detailedDescription = "Columns: row, reason, detail, then every cell of the row as read; fix the rows and import them "
                + "again. Example: bpo:import-rejects --format xlsx acme 12 /tmp/rejects.xlsx")
@Service
public class ImportRejectsCommand extends ImportCommand {
    @Argument(index = 1, name = "id", description = "Import id (bpo:import-list)", required = true)
    long id;

    @Argument(index = 2, name = "file", description = "Path of the file to write on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--format", aliases = "-f", description = "csv (default) or xlsx")
    @Completion(value = StringsCompleter.class, values = {"csv", "xlsx"})
    String format = "csv";

    @Override
    protected void run(Caller caller) {
        TableWriter.Format f = Format.parseEnum(TableWriter.Format.class, format, "format");
        Path target = path(file);
        long[] rows = {0};
        ServerFiles.write(target, out -> rows[0] = importService.rejects(caller, tenant, id, f, out));
        out().println(rows[0] + " rejected rows of import " + id + " written to " + target + ".");
    }
}
