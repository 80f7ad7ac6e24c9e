package com.tallyforge.flagdesk.errors;

import com.tallyforge.flagdesk.posthog.PostHogAdminApi.PostHogApiException;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ThreadLocalRandom;

@Provider
public class PostHogApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiExceptionMapper.class);

    @Override
    public Response toResponse(PostHogApiException exception) {
        long errorId = ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
        LOG.error("PostHog upstream error {}: {}", errorId, exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(502, "PostHog request failed, error id " + errorId))
                .build();
    }
}
