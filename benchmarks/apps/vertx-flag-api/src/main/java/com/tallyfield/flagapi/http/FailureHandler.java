package com.tallyfield.flagapi.http;

import com.tallyfield.flagapi.posthog.PostHogApiException;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns routing failures into the JSON error envelope documented in docs/errors.md.
 */
public class FailureHandler implements Handler<RoutingContext> {

    private static final Logger log = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = statusFor(ctx, failure);
        String message = failure != null && failure.getMessage() != null ? failure.getMessage() : reasonFor(status);

        if (status >= 500) {
            log.error("{} {} failed with {} ({})", ctx.request().method(), ctx.normalizedPath(), status,
                    failure == null ? "no cause" : failure.getClass().getSimpleName());
        }
        if (ctx.response().ended()) {
            return;
        }

        JsonObject error = new JsonObject()
                .put("status", status)
                .put("error", reasonFor(status))
                .put("message", message)
                .put("path", ctx.normalizedPath());
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(error.encode());
    }

    private static int statusFor(RoutingContext ctx, Throwable failure) {
        if (failure instanceof PostHogApiException phe) {
            return phe.isAuthFailure() ? 502 : 503;
        }
        if (failure instanceof ReplyException re && re.failureCode() > 0) {
            return re.failureCode();
        }
        if (failure instanceof IllegalArgumentException) {
            return 400;
        }
        return ctx.statusCode() > 0 ? ctx.statusCode() : 500;
    }

    private static String reasonFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }
}
