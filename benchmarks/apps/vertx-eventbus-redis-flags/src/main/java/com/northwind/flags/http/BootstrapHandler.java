package com.northwind.flags.http;

import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.eventbus.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * Public endpoints used by the storefront to fetch flags for the current visitor.
 */
public class BootstrapHandler {

  private static final Logger LOG = LoggerFactory.getLogger(BootstrapHandler.class);
  private static final List<String> STOREFRONT_FLAGS = List.of("new-checkout", "reco-carousel", "free-shipping-banner");

  private final Vertx vertx;
  private final PostHogSettings settings;

  public BootstrapHandler(Vertx vertx, PostHogSettings settings) {
    this.vertx = vertx;
    this.settings = settings;
  }

  /** GET /api/bootstrap */
  public void bootstrap(RoutingContext ctx) {
    Session session = ctx.session();
    String distinctId = session.get("distinctId");
    if (distinctId == null) {
      distinctId = UUID.randomUUID().toString();
      session.put("distinctId", distinctId);
    }
    LOG.info("Bootstrapping flags for session {} (distinctId={})", session.id(), distinctId);

    final String visitor = distinctId;
    vertx.eventBus()
        .<JsonObject>request(Addresses.FLAGS_EVALUATE, evaluateRequest(visitor), deliveryOptions(ctx))
        .onSuccess(reply -> {
          ClientBootstrap bootstrap = ClientBootstrap.forVisitor(settings, visitor, reply.body());
          ctx.json(bootstrap);
        })
        .onFailure(ctx::fail);
  }

  /** GET /api/flags/:distinctId */
  public void flags(RoutingContext ctx) {
    String distinctId = ctx.pathParam("distinctId");
    vertx.eventBus()
        .<JsonObject>request(Addresses.FLAGS_EVALUATE, evaluateRequest(distinctId), deliveryOptions(ctx))
        .onSuccess(reply -> {
          ctx.response()
              .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
              .addCookie(Cookie.cookie("ph_flags_key", settings.secureApiKey()).setPath("/api/flags").setHttpOnly(true));
          ctx.json(new JsonObject()
              .put("distinctId", distinctId)
              .put("projectApiKey", settings.projectApiKey())
              .put("flags", reply.body()));
        })
        .onFailure(ctx::fail);
  }

  private static JsonObject evaluateRequest(String distinctId) {
    return new JsonObject()
        .put("distinctId", distinctId)
        .put("flags", new JsonArray(STOREFRONT_FLAGS));
  }

  private static DeliveryOptions deliveryOptions(RoutingContext ctx) {
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(2_000);
    String requestId = ctx.request().getHeader("X-Request-Id");
    options.addHeader(Addresses.HEADER_REQUEST_ID, requestId != null ? requestId : UUID.randomUUID().toString());
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      options.addHeader(Addresses.HEADER_AUTHORIZATION, authorization);
    }
    return options;
  }
}
