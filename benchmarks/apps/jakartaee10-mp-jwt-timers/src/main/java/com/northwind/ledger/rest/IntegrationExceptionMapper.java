package com.northwind.ledger.rest;

import com.northwind.ledger.integration.PartnerIntegrationException;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

@Provider
public class IntegrationExceptionMapper implements ExceptionMapper<PartnerIntegrationException> {

    private static final Logger LOG = Logger.getLogger(IntegrationExceptionMapper.class.getName());

    @Override
    public Response toResponse(PartnerIntegrationException exception) {
        UUID incident = UUID.randomUUID();
        LOG.log(Level.WARNING, "Partner integration failed [incident " + incident + "]: " + exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("error", "partner_unavailable")
                        .add("incident", incident.toString())
                        .add("upstreamStatus", exception.getUpstreamStatus())
                        .build())
                .build();
    }
}
