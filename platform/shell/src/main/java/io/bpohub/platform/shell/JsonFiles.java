package io.bpohub.platform.shell;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Documents the operator imports from JSON files (rate plans, cost tables), read as the REST API reads them. */
final class JsonFiles {
    /** As the REST API: java.time values as ISO-8601 text, unknown properties and trailing content refused. */
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFiles() {
    }

    /**
     * The one document of {@code type} in the file; refuses, on field {@code file}, a file that is missing,
     * unreadable, not valid JSON, not a valid {@code what} ("rate plan") or JSON null.
     */
    static <T> T read(Path path, Class<T> type, String what) {
        String name = path.getFileName().toString();
        T value;
        try (InputStream in = BpoCommand.open(path, "file")) {
            value = JSON.readValue(in, type);
        } catch (JsonProcessingException e) {
            throw PlatformException.invalid("file", name + " is not a valid " + what + where(e) + ": " + problem(e));
        } catch (IOException e) {
            throw PlatformException.invalid("file", "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
        if (value == null) {
            throw PlatformException.invalid("file", name + " holds no " + what + " (it is JSON null)");
        }
        return value;
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

    /** What is wrong: the document's own check when a value was refused, else Jackson's message, on one line. */
    static String problem(JsonProcessingException e) {
        String message = e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
