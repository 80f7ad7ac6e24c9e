package com.acme.flags.errors;

import com.acme.flags.posthog.PostHogApiException;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns upstream PostHog failures into a 502 without echoing upstream details to the caller.
 */
@Provider
public class PostHogApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiExceptionMapper.class);

    @Override
    public Response toResponse(PostHogApiException exception) {
        LOG.error("PostHog API call failed", exception);
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(502, "Feature-flag service unavailable, request " + exception.getRequestId()))
                .build();
    }
}
