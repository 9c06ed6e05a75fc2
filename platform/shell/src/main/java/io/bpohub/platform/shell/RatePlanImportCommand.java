package io.bpohub.platform.shell;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "bpo", name = "rate-plan-import", description = "Creates or replaces a rate plan from a JSON file",
        detailedDescription = "The file holds one rate plan as the REST API takes it (PUT /rate-plans/{id}); a plan with "
                + "the same id is replaced. Charges already rated keep their prices until re-rated. The file is read on "
                + "the Karaf server; a relative path starts at the shell's current directory. "
                + "Example: bpo:rate-plan-import /opt/billing/cn-standard.json")
@Service
public class RatePlanImportCommand extends BillingCommand {
    /** Reads rate plans as the REST API does: java.time values as ISO-8601 text, unknown properties refused. */
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Argument(index = 0, name = "file", description = "Path of the rate plan's JSON file on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller) {
        Path path = path(file);
        RatePlan plan = read(path);
        RatePlan saved = billingService.savePlan(caller, plan);
        out().println("Rate plan " + saved.id() + " saved from " + path.getFileName() + "; charges already rated keep their "
                + "prices until re-rated with bpo:billing-rate.");
        plans(List.of(saved), out());
    }

    /** The plan in the file; refuses, on field {@code file}, a file that is missing, unreadable or not a valid rate plan. */
    static RatePlan read(Path path) {
        String name = path.getFileName().toString();
        RatePlan plan;
        try (InputStream in = open(path, "file")) {
            plan = JSON.readValue(in, RatePlan.class);
        } catch (JsonProcessingException e) {
            throw PlatformException.invalid("file", name + " is not a valid rate plan" + where(e) + ": " + problem(e));
        } catch (IOException e) {
            throw PlatformException.invalid("file", "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
        if (plan == null) {
            throw PlatformException.invalid("file", name + " holds no rate plan (it is JSON null)");
        }
        return plan;
    }

    /** {@code  at line 3, column 17 (versions[0].destinations[0].prefix)}, as far as Jackson knows it. */
    static String where(JsonProcessingException e) {
        StringBuilder b = new StringBuilder();
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            b.append(" at line ").append(at.getLineNr());
            if (at.getColumnNr() > 0) {
                b.append(", column ").append(at.getColumnNr());
            }
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            b.append(" (").append(field.startsWith(".") ? field.substring(1) : field).append(')');
        }
        return b.toString();
    }

    /** What is wrong: the plan's own check when a value was refused, else Jackson's message, on one line. */
    static String problem(JsonProcessingException e) {
        String message = e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
