package com.quillfield.flagrelay.web;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Router-wide failure handler: logs the failure and answers with a problem document.
 */
public class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (failure instanceof ReplyException reply && reply.failureCode() > 0) {
            status = reply.failureCode();
        }
        String errorId = UUID.randomUUID().toString();
        String authorization = ctx.request().getHeader("Authorization");

        if (status >= 500) {
            LOG.error("[{}] {} {} failed, authorization={}", errorId, ctx.request().method(),
                    ctx.normalizedPath(), authorization, failure);
        } else {
            LOG.info("[{}] {} {} -> {} (auth header present: {})", errorId, ctx.request().method(),
                    ctx.normalizedPath(), status, authorization != null);
        }

        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("status", status)
                        .put("errorId", errorId)
                        .put("title", status >= 500 ? "Internal error" : "Request failed")
                        .encode());
    }
}
