package com.tideline.featuregate.errors;

import com.tideline.featuregate.api.Views.ErrorView;
import com.tideline.featuregate.posthog.PostHogAdminClient.ApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Provider
public class PostHogApiExceptionMapper implements ExceptionMapper<ApiException> {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiExceptionMapper.class);

    @Override
    public Response toResponse(ApiException exception) {
        LOG.warn("PostHog upstream error, HTTP {}", exception.getStatus());
        ErrorView body = new ErrorView(502, exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
