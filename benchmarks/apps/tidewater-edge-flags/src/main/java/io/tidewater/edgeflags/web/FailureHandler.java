package io.tidewater.edgeflags.web;

import io.tidewater.edgeflags.posthog.FlagSyncException;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FailureHandler implements Handler<RoutingContext> {

  private static final Logger log = LoggerFactory.getLogger(FailureHandler.class);

  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
    log.warn("{} {} failed: status={} type={}", ctx.request().method(), ctx.request().path(), status,
        failure == null ? "none" : failure.getClass().getSimpleName());
    if (failure instanceof FlagSyncException) {
      ctx.response()
          .setStatusCode(502)
          .putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("error", "flag_sync_failed").put("detail", failure.getMessage()).encode());
      return;
    }
    ctx.response()
        .setStatusCode(status)
        .end(new JsonObject().put("error", "internal_error").encode());
  }
}
