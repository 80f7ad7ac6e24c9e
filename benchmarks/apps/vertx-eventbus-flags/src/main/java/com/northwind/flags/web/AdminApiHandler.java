package com.northwind.flags.web;

import com.northwind.flags.bus.Addresses;
import com.northwind.flags.config.AppConfig;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * JSON endpoints; every call is translated into an event bus request to the worker verticles.
 */
public class AdminApiHandler {

  private static final String FLAGS_KEY_COOKIE = "nw_flags_key";
  private static final DeliveryOptions SLOW = new DeliveryOptions().setSendTimeout(15_000);

  private final EventBus bus;
  private final AppConfig config;

  public AdminApiHandler(EventBus bus, AppConfig config) {
    this.bus = bus;
    this.config = config;
  }

  public void evaluate(RoutingContext ctx) {
    JsonObject request = new JsonObject()
        .put("flag", ctx.pathParam("flag"))
        .put("distinctId", ctx.request().getParam("distinctId"))
        .put("staging", Boolean.parseBoolean(ctx.request().getParam("staging")));
    String guard = ctx.request().getParam("guard");
    if (guard != null) {
      request.put("guard", guard);
    }
    bus.<JsonObject>request(Addresses.FLAGS_EVALUATE, request)
        .onSuccess(reply -> ctx.json(reply.body()))
        .onFailure(ctx::fail);
  }

  public void settings(RoutingContext ctx) {
    ctx.json(config.toClientJson());
  }

  public void syncNow(RoutingContext ctx) {
    bus.<JsonObject>request(Addresses.FLAGS_SYNC_NOW, null, SLOW)
        .onSuccess(reply -> ctx.response().setStatusCode(202).end())
        .onFailure(ctx::fail);
  }

  public void syncStatus(RoutingContext ctx) {
    bus.<JsonObject>request(Addresses.FLAGS_SYNC_STATUS, null)
        .onSuccess(reply -> ctx.json(reply.body()))
        .onFailure(ctx::fail);
  }

  public void diagnose(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    bus.<JsonObject>request(Addresses.FLAGS_DIAGNOSE, body, SLOW)
        .onSuccess(reply -> ctx.json(reply.body()))
        .onFailure(ctx::fail);
  }

  public void openDebugger(RoutingContext ctx) {
    ctx.redirect(config.localEvaluationDebugUrl());
  }

  /** The preview iframe calls the flags endpoint directly and reads the key from this cookie. */
  public void previewSession(RoutingContext ctx) {
    Cookie cookie = Cookie.cookie(FLAGS_KEY_COOKIE, config.secureApiKey())
        .setPath("/preview")
        .setSecure(true)
        .setSameSite(CookieSameSite.STRICT);
    ctx.response().addCookie(cookie);
    ctx.response().setStatusCode(204).end();
  }
}
