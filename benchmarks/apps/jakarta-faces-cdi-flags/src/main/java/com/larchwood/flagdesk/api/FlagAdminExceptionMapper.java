package com.larchwood.flagdesk.api;

import com.larchwood.flagdesk.flags.FlagAdminClient.FlagAdminException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Provider
public class FlagAdminExceptionMapper implements ExceptionMapper<FlagAdminException> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminExceptionMapper.class);

    public record ErrorBody(String code, String message) {
    }

    @Override
    public Response toResponse(FlagAdminException ex) {
        LOG.error("Flag admin call failed: {}", ex.getMessage(), ex);
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody("flag_admin_unavailable", "The PostHog admin API is unavailable"))
                .build();
    }
}
