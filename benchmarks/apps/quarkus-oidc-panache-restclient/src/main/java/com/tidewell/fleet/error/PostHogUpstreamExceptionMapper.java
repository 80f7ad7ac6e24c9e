package com.tidewell.fleet.error;

import com.tidewell.fleet.analytics.PostHogUpstreamException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.Map;

@Provider
public class PostHogUpstreamExceptionMapper implements ExceptionMapper<PostHogUpstreamException> {

    private static final Logger LOG = Logger.getLogger(PostHogUpstreamExceptionMapper.class);

    @Override
    public Response toResponse(PostHogUpstreamException exception) {
        LOG.error(exception.getMessage(), exception);
        return Response.status(Response.Status.BAD_GATEWAY)
                .entity(Map.of("code", "POSTHOG_UNAVAILABLE",
                        "message", "Feature flag service unavailable"))
                .build();
    }
}
