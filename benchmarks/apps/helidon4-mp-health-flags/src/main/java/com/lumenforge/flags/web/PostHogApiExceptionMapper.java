package com.lumenforge.flags.web;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.lumenforge.flags.posthog.PostHogApiException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns upstream PostHog failures into 502 responses.
 */
@Provider
public class PostHogApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

    private static final Logger LOG = Logger.getLogger(PostHogApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(PostHogApiException exception) {
        LOG.log(Level.WARNING, "PostHog call failed: " + exception.getMessage(), exception);
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "posthog_unavailable", "upstreamStatus", exception.status()))
                .build();
    }
}
