package io.northwind.flags.api;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;

import io.northwind.flags.error.IntegrationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class IntegrationExceptionMapper implements ExceptionMapper<IntegrationException> {

    private static final Logger LOGGER = System.getLogger(IntegrationExceptionMapper.class.getName());

    @Override
    public Response toResponse(IntegrationException exception) {
        LOGGER.log(Level.ERROR, "Upstream integration failure: " + exception.getMessage(), exception);
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "upstream_failure",
                        "detail", exception.getMessage(),
                        "upstreamStatus", exception.upstreamStatus()))
                .build();
    }
}
