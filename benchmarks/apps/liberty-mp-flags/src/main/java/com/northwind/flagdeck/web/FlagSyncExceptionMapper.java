package com.northwind.flagdeck.web;

import com.northwind.flagdeck.dto.ErrorBody;
import com.northwind.flagdeck.error.FlagSyncException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

@Provider
public class FlagSyncExceptionMapper implements ExceptionMapper<FlagSyncException> {

    private static final Logger LOG = Logger.getLogger(FlagSyncExceptionMapper.class.getName());

    @Override
    public Response toResponse(FlagSyncException e) {
        LOG.warning("Flag sync failed upstream with HTTP " + e.getUpstreamStatus());
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(ErrorBody.of(502, "flag_sync_failed", e.getMessage()))
                .build();
    }
}
