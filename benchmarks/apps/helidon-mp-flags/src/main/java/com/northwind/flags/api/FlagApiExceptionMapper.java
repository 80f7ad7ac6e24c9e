package com.northwind.flags.api;

import java.util.logging.Logger;

import com.northwind.flags.service.FlagApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns PostHog API failures into a 502 with a JSON error body.
 */
@Provider
public class FlagApiExceptionMapper implements ExceptionMapper<FlagApiException> {

    private static final Logger LOG = Logger.getLogger(FlagApiExceptionMapper.class.getName());

    public record ErrorBody(String code, String detail) {
    }

    @Override
    public Response toResponse(FlagApiException exception) {
        LOG.warning("PostHog flags API call failed with upstream status " + exception.getUpstreamStatus());
        ErrorBody body = new ErrorBody("posthog_unavailable", exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
