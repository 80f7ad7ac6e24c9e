package com.brightlane.flagdesk.web;

import com.brightlane.flagdesk.service.FlagSyncException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.jboss.logging.Logger;

@Provider
public class FlagSyncExceptionMapper implements ExceptionMapper<FlagSyncException> {

    private static final Logger LOG = Logger.getLogger(FlagSyncExceptionMapper.class);

    @Override
    public Response toResponse(FlagSyncException exception) {
        LOG.error("Feature flag sync failed", exception);
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "flag_sync_failed", "detail", exception.getMessage(), "upstreamStatus", exception.getUpstreamStatus()))
                .build();
    }
}
