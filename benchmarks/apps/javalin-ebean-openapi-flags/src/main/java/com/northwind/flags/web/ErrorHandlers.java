package com.northwind.flags.web;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.northwind.flags.analytics.PostHogUpstreamException;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Maps exceptions to JSON error bodies.
 */
public final class ErrorHandlers {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    public static void register(Javalin app) {
        app.exception(PostHogUpstreamException.class, (e, ctx) -> {
            log.error("PostHog call failed while serving {}: {}", ctx.path(), e.getMessage());
            ctx.status(HttpStatus.BAD_GATEWAY)
                    .json(Map.of("error", "posthog_unavailable", "detail", e.getMessage()));
        });
        app.exception(JWTVerificationException.class, (e, ctx) -> {
            log.warn("JWT rejected on {} ({})", ctx.path(), e.getClass().getSimpleName());
            ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "invalid_token"));
        });
        app.exception(IllegalArgumentException.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "bad_request", "detail", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal_error"));
        });
    }
}
