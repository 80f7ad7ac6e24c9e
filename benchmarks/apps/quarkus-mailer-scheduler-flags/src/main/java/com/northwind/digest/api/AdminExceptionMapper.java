package com.northwind.digest.api;

import com.northwind.digest.analytics.PostHogSyncException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.jboss.logging.Logger;

@Provider
public class AdminExceptionMapper implements ExceptionMapper<PostHogSyncException> {

    private static final Logger LOG = Logger.getLogger(AdminExceptionMapper.class);

    @Override
    public Response toResponse(PostHogSyncException exception) {
        LOG.errorf(exception, "PostHog sync failed: %s", exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "posthog_sync_failed", "upstreamStatus", exception.status()))
                .build();
    }
}
