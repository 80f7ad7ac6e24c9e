package com.northwind.reports.rest;

import com.northwind.reports.posthog.PostHogApiException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Turns upstream PostHog failures into a 502 for the admin UI.
 */
@Provider
public class PostHogApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

    private static final Logger LOG = Logger.getLogger(PostHogApiExceptionMapper.class);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PostHogApiException exception) {
        LOG.warnf("PostHog upstream status %d (caller authorization: %s)",
                exception.getStatus(), headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        Map<String, Object> body = Map.of(
                "error", "posthog_unavailable",
                "upstreamStatus", exception.getStatus(),
                "detail", exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
