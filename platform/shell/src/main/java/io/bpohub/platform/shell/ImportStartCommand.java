package io.bpohub.platform.shell;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ImportStart;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.PlatformException;
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

@Command(scope = "bpo", name = "import-start", description = "Imports a CSV or Excel file of contacts into a campaign, with progress",
        detailedDescription = "Uploads the file (on the Karaf server), starts the import as a job and follows it; the import goes "
                + "on if the shell is closed. Every number is normalised to E.164; invalid numbers, repeats in the file or the "
                + "campaign and numbers on the tenant's or the agency's do-not-call list are rejected with row and reason. "
                + "Give the mapping with --map (column=FIELD, by header name or #position) or a saved one with --mapping. "
                + "Example: bpo:import-start --map \"姓名=NAME,电话=PHONE,城市=CITY\" --save-mapping crm acme spring /data/leads.csv")
@Service
public class ImportStartCommand extends ImportCommand {
    /** Where jobs are read (every job, not only billing's). */
    @Reference
    BillingService jobs;

    @Argument(index = 1, name = "campaign", description = "Campaign key", required = true)
    String campaign;

    @Argument(index = 2, name = "file", description = "The .csv, .txt or .xlsx file on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--map", description = "Column mapping: column=FIELD pairs, e.g. phone=PHONE,name=NAME,#4=CITY")
    String map;

    @Option(name = "--no-header", description = "The first row is data, not column names (map columns by #position)")
    boolean noHeader;

    @Option(name = "--mapping", description = "Use the mapping saved under this name")
    String savedMapping;

    @Option(name = "--save-mapping", description = "Also save the mapping under this name for the next file")
    String saveAs;

    @Option(name = "--charset", description = "A CSV file's character set (UTF-8, GB18030, GBK...); detected when not given")
    String charset;

    @Option(name = "--strict", description = "A row with more or fewer cells than the header fails the whole file (else only the row)")
    boolean strict;

    @Option(name = "--no-wait", description = "Start the import and return at once; follow it with bpo:job <id>")
    boolean noWait;

    JobWatch.Pause pause = Thread::sleep;

    @Override
    protected void run(Caller caller) throws IOException {
        if (map == null && savedMapping == null) {
            throw PlatformException.invalid("map", "give the column mapping with --map, or a saved one with --mapping (see bpo:import-mappings)");
        }
        ColumnMapping mapping = map == null ? null : mapping(map, !noHeader);
        Path path = path(file);
        UploadView upload;
        try (InputStream in = open(path, "file")) {
            upload = importService.upload(caller, tenant, path.getFileName().toString(), in);
        }
        out().println("Uploaded " + upload.fileName() + " (" + Format.bytes(upload.bytes()) + ").");
        JobView job = importService.start(caller, tenant, campaign, new ImportStart(upload.id(), null, charset, mapping, savedMapping, saveAs, strict));
        if (noWait) {
            out().println("Import into " + campaign + " started as job " + job.id() + "; follow it with bpo:job " + job.id());
            return;
        }
        out().println("Importing into " + tenant + "/" + campaign + " as job " + job.id() + " (Ctrl-C stops waiting, not the import):");
        job = JobWatch.follow(job, j -> jobs.job(caller, j.id()), pause, out());
        if (job != null && JobCommand.SUCCEEDED.equals(job.state())) {
            print(importService.imports(caller, tenant, campaign, ImportState.COMPLETED, 1).get(0), out());
        }
    }
}
