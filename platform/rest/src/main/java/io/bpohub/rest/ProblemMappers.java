package io.bpohub.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.bpohub.platform.services.PlatformException;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into problem+json, never a stack trace. */
public final class ProblemMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);
    private static final String TYPE = "https://bpohub.io/problems/";

    private ProblemMappers() {
    }

    public static final class Platform implements ExceptionMapper<PlatformException> {
        @Override
        public Response toResponse(PlatformException e) {
            return new Problem(TYPE + e.kind().name().toLowerCase().replace('_', '-'), e.kind().title, e.kind().status,
                    e.getMessage(), e.field()).toResponse();
        }
    }

    /** Malformed JSON or a value of the wrong type: name the field. */
    public static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")) : null;
            String detail = field == null
                    ? "the request body is not valid JSON: " + e.getOriginalMessage()
                    : "field " + field + " has a value of the wrong type or is unknown: " + e.getOriginalMessage();
            return new Problem(TYPE + "invalid-input", "Invalid input", 400, detail, field).toResponse();
        }
    }

    public static final class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = status == 404 ? "no such API path; see /api/v1/openapi.json"
                    : status == 405 ? "this path does not take that HTTP method; see /api/v1/openapi.json"
                    : e.getMessage();
            return new Problem(TYPE + "http-" + status, Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, detail, null).toResponse();
        }
    }

    public static final class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.error("unexpected failure, problem id {}", id, e);
            return new Problem(TYPE + "internal", "Internal error", 500,
                    "the platform failed unexpectedly; report problem id " + id + " to the operator (it is in the log)", null).toResponse();
        }
    }
}
