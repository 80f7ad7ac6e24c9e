package com.larkspur.flagdesk.rest;

import com.larkspur.flagdesk.flags.FlagSyncException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> mapFlagSync(FlagSyncException ex) {
        LOG.errorf(ex, "Flag sync failed: %s", ex.getMessage());
        return RestResponse.status(Response.Status.BAD_GATEWAY,
                Map.of("error", "flag_sync_failed", "correlationId", ex.correlationId()));
    }

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> mapForbidden(ForbiddenException ex, HttpHeaders headers) {
        LOG.warnf("Forbidden request, Authorization=%s", headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        return RestResponse.status(Response.Status.FORBIDDEN, Map.of("error", "forbidden"));
    }
}
