package com.northwind.flaggate.api;

import com.northwind.flaggate.integration.PostHogApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

@Provider
public class PostHogApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

    private static final Logger LOG = Logger.getLogger(PostHogApiExceptionMapper.class);

    public record ErrorBody(String error, int upstreamStatus, String detail) {
    }

    @Override
    public Response toResponse(PostHogApiException exception) {
        LOG.errorf(exception, "PostHog call failed: %s", exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("posthog_unavailable", exception.status(), exception.getMessage()))
                .build();
    }
}
