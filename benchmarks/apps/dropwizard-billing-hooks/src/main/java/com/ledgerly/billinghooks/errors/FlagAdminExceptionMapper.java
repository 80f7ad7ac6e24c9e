package com.ledgerly.billinghooks.errors;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ledgerly.billinghooks.posthog.FlagAdminException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns flag-admin failures into a 502 with the upstream detail, so billing ops can see what went wrong. */
@Provider
public class FlagAdminExceptionMapper implements ExceptionMapper<FlagAdminException> {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminExceptionMapper.class);

    @Override
    public Response toResponse(FlagAdminException exception) {
        int upstream = exception.status();
        log.warn("PostHog flag admin call failed with upstream status {}", upstream);
        Map<String, Object> body = Map.of("error", "posthog_flag_admin", "upstreamStatus", upstream,
                "detail", exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
