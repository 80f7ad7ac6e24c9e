package io.lumen.cohorts.web;

import java.util.Map;

import io.lumen.cohorts.client.PostHogApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class);

    @Override
    public Response toResponse(PostHogApiException exception) {
        LOG.error("PostHog API failure", exception);
        int status = exception.status() >= 500 ? 502 : 424;
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", exception.getMessage())).build();
    }
}
