package io.bpohub.platform.shell;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DncImportResult;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.UploadView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "bpo", name = "dnc-import", description = "Adds every number of a CSV or Excel file to a do-not-call list",
        detailedDescription = "The numbers are in the column named by --column (a header name, or #n for the n-th column from 0; "
                + "default: the first column, #0, with a header row). Invalid rows are counted and the first are shown. "
                + "Example: bpo:dnc-import --source \"national registry 2026-11\" --column phone agency /data/registry.csv")
@Service
public class DncImportCommand extends DncCommand {
    @Reference
    ContactImportService importService;

    @Argument(index = 1, name = "file", description = "The .csv, .txt or .xlsx file on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--source", description = "Where the numbers came from (recorded with each)", required = true)
    String source;

    @Option(name = "--column", description = "The column with the numbers: header name or #n")
    String column = "#0";

    @Option(name = "--no-header", description = "The first row is a number, not a header")
    boolean noHeader;

    @Option(name = "--charset", description = "A CSV file's character set; detected when not given")
    String charset;

    @Override
    protected void run(Caller caller) throws IOException {
        ColumnMapping mapping = ImportCommand.mapping(column + "=" + ContactField.PHONE, !noHeader);
        Path path = path(file);
        UploadView upload;
        try (InputStream in = open(path, "file")) {
            upload = importService.upload(caller, owner, path.getFileName().toString(), in);
        }
        DncImportResult r = dncService.importList(caller, owner, upload.id(), charset, mapping, source);
        out().println(r.rowsRead() + " rows read: " + r.added() + " added, " + r.alreadyListed() + " already listed, " + r.invalid()
                + " invalid.");
        r.invalidExamples().stream().limit(10).forEach(line -> out().println("  " + line));
    }
}
