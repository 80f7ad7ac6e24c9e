package com.acme.flags.resources;

import com.acme.flags.client.PostHogApiException;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Provider
public class PostHogApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiExceptionMapper.class);

    @Override
    public Response toResponse(PostHogApiException exception) {
        LOG.error("PostHog API call failed: {}", exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(502, "PostHog API unavailable (upstream HTTP " + exception.getStatus() + ")"))
                .build();
    }
}
