package com.lumenshop.flags.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/**
 * Turns sync failures into a 502 the admin UI can show.
 */
@Provider
public class FlagSyncExceptionMapper implements ExceptionMapper<FlagSyncException> {

    private static final Logger LOG = Logger.getLogger(FlagSyncExceptionMapper.class);

    public record ErrorBody(String code, String message, int upstreamStatus) {
    }

    @Override
    public Response toResponse(FlagSyncException e) {
        LOG.warnf("Flag sync failed upstream with HTTP %d", e.status());
        ErrorBody body = new ErrorBody("flag_sync_failed", e.getMessage(), e.status());
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
