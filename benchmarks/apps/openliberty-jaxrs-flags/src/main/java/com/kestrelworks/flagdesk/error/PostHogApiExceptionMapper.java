package com.kestrelworks.flagdesk.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

@Provider
public class PostHogApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

    private static final Logger LOGGER = Logger.getLogger(PostHogApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(PostHogApiException exception) {
        LOGGER.log(Level.WARNING, "Upstream PostHog failure: " + exception.getMessage(), exception);
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("code", "posthog_unavailable", "upstreamStatus", exception.upstreamStatus()))
                .build();
    }
}
