package com.northwind.flags.web;

import com.northwind.flags.posthog.PostHogApiException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps integration failures to stable error bodies for the console.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    public record ErrorBody(String code, String message) {
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> mapPostHogFailure(PostHogApiException ex) {
        LOG.errorf("PostHog call failed (status %d): %s", ex.status(), ex.getMessage());
        return RestResponse.status(Response.Status.BAD_GATEWAY,
                new ErrorBody("posthog_unavailable", "The feature flag backend is unavailable"));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> mapUnauthorized(NotAuthorizedException ex, HttpHeaders headers) {
        LOG.warnf("Rejected admin request, Authorization header was '%s'",
                headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        return RestResponse.status(Response.Status.UNAUTHORIZED,
                new ErrorBody("unauthorized", "Missing or invalid credentials"));
    }
}
