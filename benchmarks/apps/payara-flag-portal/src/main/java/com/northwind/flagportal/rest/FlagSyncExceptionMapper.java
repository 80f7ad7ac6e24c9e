package com.northwind.flagportal.rest;

import com.northwind.flagportal.flags.FlagSyncException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Turns a failed manual sync into a 502 the admin UI can show.
 */
@Provider
public class FlagSyncExceptionMapper implements ExceptionMapper<FlagSyncException> {

    private static final Logger LOG = Logger.getLogger(FlagSyncExceptionMapper.class.getName());

    public record ErrorBody(String code, String message, String correlationId) {
    }

    @Override
    public Response toResponse(FlagSyncException e) {
        String correlationId = UUID.randomUUID().toString();
        LOG.warning("Manual flag sync failed, HTTP " + e.status() + ", correlation " + correlationId);
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON).entity(new ErrorBody("flag_sync_failed", e.getMessage(), correlationId)).build();
    }
}
