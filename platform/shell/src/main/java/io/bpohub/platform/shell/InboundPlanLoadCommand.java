package io.bpohub.platform.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.InboundPlanView;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "bpo", name = "inbound-plan-load", description = "Saves a JSON file as a tenant's new inbound plan",
        detailedDescription = "The file (UTF-8) holds the whole plan, queues and IVR tree, as the REST API takes it; it becomes "
                + "a new revision, in force for the next call. A plan that does not validate is refused naming the field, and "
                + "nothing is saved. The file is read on the Karaf server; a relative path starts at the shell's current "
                + "directory. Example: bpo:inbound-plan-load acme /opt/inbound/acme-plan.json")
@Service
public class InboundPlanLoadCommand extends InboundCommand {
    @Argument(index = 1, name = "file", description = "Path of the plan's JSON file on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller) {
        Path path = path(file);
        InboundPlanView saved = inboundService.savePlan(caller, tenant, read(path));
        out().println("Inbound plan of " + tenant + " saved from " + path.getFileName() + " as revision " + saved.revision()
                + "; it takes the next call.");
    }

    /** The file's text; refuses, on field {@code file} and naming it, one that is missing, unreadable, not UTF-8 or not JSON. */
    static String read(Path path) {
        String name = path.getFileName().toString();
        String text;
        try (InputStream in = open(path, "file")) {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw PlatformException.invalid("file", name + " is not UTF-8 text; save it as UTF-8 and retry");
        } catch (IOException e) {
            throw PlatformException.invalid("file", "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode tree;
        try {
            tree = JsonFiles.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw PlatformException.invalid("file", name + " is not valid JSON" + JsonFiles.where(e) + ": " + JsonFiles.problem(e));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw PlatformException.invalid("file", name + " holds no inbound plan (it is empty or JSON null)");
        }
        return text;
    }
}
