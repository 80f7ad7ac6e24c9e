package com.brindlewood.flagdeck.errors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.http.HttpErrorHandler;
import play.libs.Json;
import play.mvc.Http;
import play.mvc.Result;
import play.mvc.Results;

import javax.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Renders error pages and JSON errors; registered as play.http.errorHandler.
 */
@Singleton
public class AppErrorHandler implements HttpErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public CompletionStage<Result> onClientError(Http.RequestHeader request, int statusCode, String message) {
        log.debug("Client error {} on {} {}", statusCode, request.method(), request.path());
        return CompletableFuture.completedFuture(
                Results.status(statusCode, views.html.error.render(statusCode, message)));
    }

    @Override
    public CompletionStage<Result> onServerError(Http.RequestHeader request, Throwable exception) {
        String sessionCookie = request.cookies().get("PLAY_SESSION").map(Http.Cookie::value).orElse("none");
        log.error("Unhandled error on {} {} (session cookie {})", request.method(), request.path(), sessionCookie, exception);

        Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
        if (cause instanceof PostHogApiException phe) {
            return CompletableFuture.completedFuture(Results.status(502,
                    Json.newObject().put("error", "upstream_posthog").put("status", phe.upstreamStatus())));
        }
        return CompletableFuture.completedFuture(
                Results.internalServerError(views.html.error.render(500, "Something went wrong")));
    }
}
