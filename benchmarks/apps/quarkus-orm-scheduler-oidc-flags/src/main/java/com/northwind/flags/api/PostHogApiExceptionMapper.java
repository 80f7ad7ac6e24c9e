package com.northwind.flags.api;

import com.northwind.flags.posthog.PostHogApiException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;

/**
 * Maps failures of the PostHog admin API to a 502 with a JSON problem body.
 */
public class PostHogApiExceptionMapper {

    private static final Logger LOG = Logger.getLogger(PostHogApiExceptionMapper.class);

    public record ErrorBody(String code, String detail, int upstreamStatus, Instant at) {
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> mapPostHogFailure(PostHogApiException exception) {
        LOG.warnf("PostHog admin API call failed with upstream status %d", exception.status());
        ErrorBody body = new ErrorBody("posthog_upstream_error", exception.getMessage(), exception.status(), Instant.now());
        return RestResponse.status(Response.Status.BAD_GATEWAY, body);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> mapIllegalArgument(IllegalArgumentException exception) {
        ErrorBody body = new ErrorBody("invalid_request", exception.getMessage(), 0, Instant.now());
        return RestResponse.status(Response.Status.BAD_REQUEST, body);
    }
}
