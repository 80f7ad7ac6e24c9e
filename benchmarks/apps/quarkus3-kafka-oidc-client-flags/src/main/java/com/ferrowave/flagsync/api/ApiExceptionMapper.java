package com.ferrowave.flagsync.api;

import com.ferrowave.flagsync.posthog.FlagAdminException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.Map;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<FlagAdminException> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class);

    @Override
    public Response toResponse(FlagAdminException ex) {
        LOG.error(ex.getMessage(), ex);
        return Response.status(Response.Status.BAD_GATEWAY)
                .entity(Map.of("error", "flag_update_failed", "flagId", ex.flagId()))
                .build();
    }
}
