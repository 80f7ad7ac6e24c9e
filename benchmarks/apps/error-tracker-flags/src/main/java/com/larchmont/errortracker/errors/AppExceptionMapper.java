package com.larchmont.errortracker.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Provider
public class AppExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(AppExceptionMapper.class);

    private final ErrorReporter reporter;

    @Context
    private ContainerRequestContext request;

    public AppExceptionMapper(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException webError) {
            return webError.getResponse();
        }
        String path = request.getUriInfo().getPath();
        if (exception instanceof FlagEvaluationException flagError) {
            LOG.warn("{} on {}", flagError.getMessage(), path);
            return error(flagError.getStatus(), flagError.publicMessage());
        }
        if (exception instanceof ErrorTrackerFlagsException appError) {
            LOG.error("Request to {} failed upstream", path, appError);
            return error(appError.getStatus(), appError.publicMessage());
        }
        UUID errorId = UUID.randomUUID();
        LOG.error("Unhandled error {} on {}", errorId, path, exception);
        reporter.report(exception, request);
        return error(500, "Internal error " + errorId);
    }

    private static Response error(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("code", status, "message", message))
                .build();
    }
}
