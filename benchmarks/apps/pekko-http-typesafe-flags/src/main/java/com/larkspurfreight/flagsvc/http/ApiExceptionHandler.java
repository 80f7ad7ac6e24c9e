package com.larkspurfreight.flagsvc.http;

import com.larkspurfreight.flagsvc.analytics.PostHogAdminClient.PostHogApiException;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import static org.apache.pekko.http.javadsl.server.Directives.complete;

/**
 * Maps exceptions thrown inside routes to HTTP responses.
 */
public final class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private ApiExceptionHandler() {
    }

    public static ExceptionHandler create() {
        return ExceptionHandler.newBuilder()
                .match(PostHogApiException.class, ex -> {
                    log.error("PostHog call failed: {}", ex.getMessage());
                    return complete(StatusCodes.BAD_GATEWAY, "feature flag provider unavailable");
                })
                .match(TimeoutException.class, ex -> {
                    log.warn("Flag cache did not answer in time");
                    return complete(StatusCodes.SERVICE_UNAVAILABLE, "try again");
                })
                .match(CompletionException.class, ex -> {
                    log.error("Async failure in route", ex.getCause());
                    return complete(StatusCodes.INTERNAL_SERVER_ERROR, "internal error");
                })
                .match(IllegalArgumentException.class, ex ->
                        complete(StatusCodes.BAD_REQUEST, "bad request"))
                .build();
    }
}
