package io.bpohub.rest.resources;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** Serves the OpenAPI 3 document generated from these resources at build time. */
@Path("/openapi.json")
@Hidden
public class OpenApiResource {
    public static final String DOCUMENT = "/io/bpohub/rest/openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) throw new NotFoundException("the OpenAPI document was not built into this bundle");
            return in.readAllBytes();
        }
    }
}
