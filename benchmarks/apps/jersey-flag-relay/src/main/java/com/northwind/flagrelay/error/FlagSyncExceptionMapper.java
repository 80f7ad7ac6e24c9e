package com.northwind.flagrelay.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Provider
public class FlagSyncExceptionMapper implements ExceptionMapper<FlagSyncException> {

    private static final Logger LOG = LogManager.getLogger(FlagSyncExceptionMapper.class);

    @Override
    public Response toResponse(FlagSyncException ex) {
        LOG.warn("flag sync failed, upstream status {}", ex.getUpstreamStatus());
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "flag_sync_failed", "message", ex.getMessage()))
                .build();
    }
}
