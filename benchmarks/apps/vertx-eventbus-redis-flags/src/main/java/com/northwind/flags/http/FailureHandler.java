package com.northwind.flags.http;

import com.northwind.flags.posthog.PostHogSyncException;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Router-wide failure handler: logs the failure and answers with a generic JSON error.
 */
public class FailureHandler implements Handler<RoutingContext> {

  private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
    String error = "internal_error";

    if (failure instanceof PostHogSyncException sync) {
      LOG.error("PostHog sync failed on {} (upstream HTTP {})", ctx.request().path(), sync.statusCode(), sync);
      status = 502;
      error = "upstream_unavailable";
    } else if (failure != null) {
      LOG.error("Unhandled failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
    } else if (status == 401) {
      error = "unauthorized";
    }

    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(new JsonObject().put("error", error).put("status", status).encode());
  }
}
