package com.larkspurfreight.flaggate.api.errors;

import com.larkspurfreight.flaggate.flags.PostHogAdminException;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

@Provider
public class PostHogAdminExceptionMapper implements ExceptionMapper<PostHogAdminException> {

    private static final Logger LOG = Logger.getLogger(PostHogAdminExceptionMapper.class);

    @Override
    public Response toResponse(PostHogAdminException ex) {
        LOG.errorf("PostHog admin call failed (status %d): %s", ex.status(), ex.getMessage());
        String body = Json.createObjectBuilder()
                .add("error", "upstream_unavailable")
                .add("upstreamStatus", ex.status())
                .build()
                .toString();
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }
}
