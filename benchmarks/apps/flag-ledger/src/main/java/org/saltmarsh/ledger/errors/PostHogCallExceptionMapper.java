package org.saltmarsh.ledger.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.saltmarsh.ledger.client.PostHogAdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

@Provider
public class PostHogCallExceptionMapper implements ExceptionMapper<PostHogAdminClient.CallException> {

    private static final Logger log = LoggerFactory.getLogger(PostHogCallExceptionMapper.class);

    @Override
    public Response toResponse(PostHogAdminClient.CallException ex) {
        log.warn("PostHog admin call failed with HTTP {}", ex.status());
        return Response.status(Response.Status.BAD_GATEWAY)
                .entity(Map.of("error", "posthog_unavailable", "upstreamStatus", ex.status()))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
