package com.acme.flags.rest;

import com.acme.flags.posthog.FlagSyncException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps service exceptions to JSON error bodies for the admin console.
 */
public class AdminExceptionMapper {

    private static final Logger LOG = Logger.getLogger(AdminExceptionMapper.class);

    public record ErrorBody(String code, String message) {
    }

    @ServerExceptionMapper
    public Response mapFlagSync(FlagSyncException e) {
        LOG.error("Flag definition sync failed", e);
        ErrorBody body = new ErrorBody("flag_sync_failed", e.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    @ServerExceptionMapper
    public Response mapBadExpression(IllegalArgumentException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody("bad_request", e.getMessage()))
                .build();
    }
}
