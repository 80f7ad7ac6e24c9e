package io.northwind.cohorts.http;

import io.northwind.cohorts.posthog.PostHogSyncException;
import org.apache.pekko.http.javadsl.marshallers.jackson.Jackson;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.RejectionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns failures into the JSON error shape the console expects. */
public final class ErrorHandlers extends AllDirectives {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    public record ApiError(String code, String message) {
    }

    public ExceptionHandler exceptionHandler() {
        return ExceptionHandler.newBuilder()
                .match(PostHogSyncException.class, e ->
                        complete(StatusCodes.BAD_GATEWAY, new ApiError("posthog_unavailable", e.getMessage()), Jackson.marshaller()))
                .match(IllegalArgumentException.class, e ->
                        complete(StatusCodes.BAD_REQUEST, new ApiError("bad_request", e.getMessage()), Jackson.marshaller()))
                .matchAny(e -> {
                    log.error("unhandled failure of type {}", e.getClass().getName());
                    return complete(StatusCodes.INTERNAL_SERVER_ERROR, new ApiError("internal", "unexpected error"), Jackson.marshaller());
                })
                .build();
    }

    public RejectionHandler rejectionHandler() {
        return RejectionHandler.defaultHandler();
    }
}
