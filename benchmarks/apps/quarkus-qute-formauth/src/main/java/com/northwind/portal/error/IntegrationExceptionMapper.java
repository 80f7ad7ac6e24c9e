package com.northwind.portal.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

public class IntegrationExceptionMapper {

    private static final Logger LOG = Logger.getLogger(IntegrationExceptionMapper.class);

    @ServerExceptionMapper
    public Response mapIntegrationFailure(IntegrationException ex) {
        LOG.errorf(ex, "Upstream %s call failed: %s", ex.getProvider(), ex.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("provider", ex.getProvider(), "error", ex.getMessage()))
                .build();
    }
}
