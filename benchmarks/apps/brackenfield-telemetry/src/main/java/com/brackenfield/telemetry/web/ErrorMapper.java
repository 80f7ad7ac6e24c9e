package com.brackenfield.telemetry.web;

import com.brackenfield.telemetry.analytics.FlagSyncException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;
import java.util.UUID;

/**
 * Keeps internal error details out of HTTP responses.
 */
public class ErrorMapper {

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> flagSync(FlagSyncException ex) {
        String incident = UUID.randomUUID().toString();
        Log.error("flag sync failed, incident " + incident, ex);
        return RestResponse.status(Response.Status.BAD_GATEWAY, Map.of("error", "flag_sync_failed", "incident", incident));
    }
}
