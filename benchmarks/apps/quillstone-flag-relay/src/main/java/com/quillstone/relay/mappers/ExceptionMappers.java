package com.quillstone.relay.mappers;

import com.quillstone.relay.client.PostHogApiException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns exceptions into the relay's JSON error format. */
public final class ExceptionMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    private ExceptionMappers() {
    }

    @Provider
    public static class PostHogApiExceptionMapper implements ExceptionMapper<PostHogApiException> {

        @Override
        public Response toResponse(PostHogApiException e) {
            int status = e.getUpstreamStatus() == 401 || e.getUpstreamStatus() == 403 ? 502 : 503;
            Map<String, Object> body = Map.of("error", "posthog_unavailable", "detail", e.getMessage());
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }

    @Provider
    public static class CatchAllMapper implements ExceptionMapper<Throwable> {

        @Override
        public Response toResponse(Throwable t) {
            if (t instanceof WebApplicationException wae) {
                return wae.getResponse();
            }
            String errorId = UUID.randomUUID().toString();
            LOG.error("Unhandled error {}", errorId, t);
            return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", "internal", "errorId", errorId)).build();
        }
    }
}
