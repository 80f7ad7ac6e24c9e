package com.northwind.flagdesk.web;

import com.northwind.flagdesk.posthog.PostHogApiException;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last-resort failure handler: logs the failure with request context and answers with a small JSON error.
 */
public class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (failure instanceof PostHogApiException || failure instanceof ReplyException) {
            status = 502;
        }
        String errorId = UUID.randomUUID().toString();

        if (status >= 500) {
            String cookies = ctx.request().getHeader("Cookie");
            LOG.error("[{}] {} {} failed with {} (cookies: {})", errorId, ctx.request().method(), ctx.request().path(), status, cookies, failure);
        } else {
            LOG.info("[{}] {} {} -> {}", errorId, ctx.request().method(), ctx.request().path(), status);
        }

        if (ctx.response().ended()) {
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json")
                .end(new JsonObject()
                        .put("error", status >= 500 ? "upstream or internal error" : "bad request")
                        .put("errorId", errorId)
                        .encode());
    }
}
