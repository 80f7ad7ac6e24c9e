package com.acme.flagdesk.web;

import com.acme.flagdesk.posthog.PostHogSyncException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

public class SyncExceptionMapper {

    private static final Logger LOG = Logger.getLogger(SyncExceptionMapper.class);

    @ServerExceptionMapper
    public RestResponse<Map<String, Object>> mapSyncFailure(PostHogSyncException e) {
        LOG.errorf("Flag sync failed: %s", e.getMessage());
        return RestResponse.status(Response.Status.BAD_GATEWAY,
                Map.of("error", "posthog_unavailable", "upstreamStatus", e.status()));
    }
}
