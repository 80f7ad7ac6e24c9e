package com.northwind.flagdesk.errors;

import com.northwind.flagdesk.posthog.PostHogSyncException;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Provider
public class PostHogSyncExceptionMapper implements ExceptionMapper<PostHogSyncException> {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogSyncExceptionMapper.class);

    @Override
    public Response toResponse(PostHogSyncException exception) {
        long errorId = ThreadLocalRandom.current().nextLong(1_000_000_000L);
        LOG.error("PostHog sync failed [{}]: {}", errorId, exception.getMessage());
        int status = exception.getUpstreamStatus() == 401 || exception.getUpstreamStatus() == 403 ? 502 : 503;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(status, "PostHog is not reachable right now (error " + errorId + ")"))
                .build();
    }
}
