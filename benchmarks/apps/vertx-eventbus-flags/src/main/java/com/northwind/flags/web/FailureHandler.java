package com.northwind.flags.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last-resort error handler: maps failures to JSON problem responses.
 */
public class FailureHandler implements Handler<RoutingContext> {

  private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
    if (failure instanceof ReplyException reply) {
      status = reply.failureType() == ReplyFailure.TIMEOUT ? 504 : 502;
    }

    if (status >= 500) {
      LOG.error("{} {} failed with {}", ctx.request().method(), ctx.request().path(), status, failure);
    } else {
      LOG.info("{} {} rejected with {}", ctx.request().method(), ctx.request().path(), status);
    }

    if (ctx.response().ended()) {
      return;
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(new JsonObject()
            .put("status", status)
            .put("error", HttpResponseStatus.valueOf(status).reasonPhrase())
            .encode());
  }
}
