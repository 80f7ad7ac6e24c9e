package com.tessaline.flaggate.web;

import com.tessaline.flaggate.posthog.UpstreamAuthException;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into a small JSON error body. Upstream details stay on the server.
 */
public class FailureHandler implements Handler<RoutingContext> {

    private static final Logger log = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (failure instanceof UpstreamAuthException upstream) {
            status = 502;
            log.warn("{} {} -> upstream auth failure (PostHog status {})",
                    ctx.request().method(), ctx.normalizedPath(), upstream.status());
        } else if (failure != null) {
            log.warn("{} {} -> {} ({})", ctx.request().method(), ctx.normalizedPath(), status,
                    failure.getClass().getSimpleName());
        }

        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("error", status >= 500 ? "upstream_unavailable" : "bad_request")
                        .put("requestId", ctx.<String>get("requestId"))
                        .encode());
    }
}
