package io.bpohub.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** RFC 9457 problem details: what went wrong, which field, and what to do next (in {@code detail}). */
public record Problem(String type, String title, int status, String detail, String field) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
