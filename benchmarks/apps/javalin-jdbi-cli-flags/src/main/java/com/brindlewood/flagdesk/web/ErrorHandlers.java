package com.brindlewood.flagdesk.web;

import com.brindlewood.flagdesk.posthog.PostHogApiException;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class ErrorHandlers {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    public static void register(Javalin app) {
        app.exception(PostHogApiException.class, (e, ctx) -> {
            log.error("PostHog call failed on {}: {}", ctx.path(), e.getMessage());
            ctx.status(HttpStatus.BAD_GATEWAY).json(new ErrorResponse("upstream_error", "PostHog request failed"));
        });
        app.exception(IllegalArgumentException.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(new ErrorResponse("bad_request", "Invalid request")));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ErrorResponse("internal_error", "Unexpected error"));
        });
    }

    public record ErrorResponse(String code, String message) {
    }
}
