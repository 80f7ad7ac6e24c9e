package com.acme.flags;

import com.acme.flags.services.PostHogApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.http.HttpErrorHandler;
import play.libs.Json;
import play.mvc.Http;
import play.mvc.Result;
import play.mvc.Results;

import javax.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

@Singleton
public class ErrorHandler implements HttpErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public CompletionStage<Result> onClientError(Http.RequestHeader request, int statusCode, String message) {
        log.debug("Client error {} on {} {}: {}", statusCode, request.method(), request.path(), message);
        return CompletableFuture.completedFuture(
                Results.status(statusCode, Json.newObject().put("error", message)));
    }

    @Override
    public CompletionStage<Result> onServerError(Http.RequestHeader request, Throwable exception) {
        Throwable cause = exception instanceof CompletionException && exception.getCause() != null
                ? exception.getCause()
                : exception;
        if (cause instanceof PostHogApiException apiError) {
            log.error("PostHog API call failed ({}): {}", apiError.status(), apiError.getMessage());
            return CompletableFuture.completedFuture(
                    Results.status(502, Json.newObject().put("error", "upstream PostHog error")));
        }
        log.error("Unhandled error on {} {} cookie={}", request.method(), request.uri(),
                request.header(Http.HeaderNames.COOKIE).orElse(""), cause);
        return CompletableFuture.completedFuture(
                Results.internalServerError(Json.newObject().put("error", "internal error")));
    }
}
