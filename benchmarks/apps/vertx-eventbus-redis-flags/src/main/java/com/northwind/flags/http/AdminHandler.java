package com.northwind.flags.http;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogDefaults;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.eventbus.Addresses;
import com.northwind.flags.posthog.PostHogApiClient;
import com.northwind.flags.rules.FlagRuleLexer;
import com.northwind.flags.util.KeyMasker;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Internal endpoints for the flags team (behind the VPN, guarded by X-Api-Key).
 */
public class AdminHandler {

  private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);

  private final Vertx vertx;
  private final PostHogSettings settings;
  private final PostHogApiClient apiClient;
  private final AppConfig appConfig;

  public AdminHandler(Vertx vertx, PostHogSettings settings, PostHogApiClient apiClient, AppConfig appConfig) {
    this.vertx = vertx;
    this.settings = settings;
    this.apiClient = apiClient;
    this.appConfig = appConfig;
  }

  /** route("/admin/*") */
  public void authorize(RoutingContext ctx) {
    String presented = ctx.request().getHeader(PostHogDefaults.API_KEY_HEADER);
    String expected = appConfig.adminToken();
    if (presented == null || expected == null
        || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      LOG.warn("Rejected admin call to {} ({} header present={})",
          ctx.request().path(), PostHogDefaults.API_KEY_HEADER, presented != null);
      ctx.fail(401);
      return;
    }
    ctx.next();
  }

  /** GET /admin/config: effective PostHog configuration for the on-call dashboard. */
  public void describeConfig(RoutingContext ctx) {
    JsonObject body = new JsonObject()
        .put("host", settings.host())
        .put("projectApiKey", settings.projectApiKey())
        .put("personalApiKey", settings.personalApiKey())
        .put("secureApiKey", KeyMasker.mask(settings.secureApiKey()))
        .put("pollIntervalSeconds", settings.pollIntervalSeconds());
    ctx.json(body);
  }

  /** GET /admin/posthog/flags: jumps straight to the raw flag list in PostHog. */
  public void openInPostHog(RoutingContext ctx) {
    ctx.redirect(PostHogDefaults.US_APP_HOST + "/api/projects/@current/feature_flags/?personal_api_key=" + settings.personalApiKey());
  }

  /** POST /admin/flags/sync */
  public void syncDefinitions(RoutingContext ctx) {
    apiClient.fetchFlagDefinitions()
        .onSuccess(definitions -> {
          LOG.info("Synced {} flag definitions from PostHog", definitions.size());
          apiClient.annotate("flags-gateway synced " + definitions.size() + " flags");
          ctx.json(new JsonObject().put("synced", definitions.size()));
        })
        .onFailure(ctx::fail);
  }

  /** POST /admin/reload?verbose=true */
  public void reload(RoutingContext ctx) {
    boolean verbose = Boolean.parseBoolean(ctx.request().getParam("verbose", "false"));
    vertx.eventBus()
        .<JsonObject>request(Addresses.FLAGS_RELOAD, new JsonObject().put("verbose", verbose))
        .onSuccess(reply -> ctx.json(reply.body()))
        .onFailure(ctx::fail);
  }

  /** POST /admin/oauth/refresh */
  public void refreshOAuth(RoutingContext ctx) {
    apiClient.refreshAccessToken(appConfig.oauthClientId(), appConfig.oauthRefreshToken())
        .onSuccess(token -> ctx.json(new JsonObject().put("refreshed", true).put("tokenLength", token.length())))
        .onFailure(ctx::fail);
  }

  /** POST /admin/rules/validate: syntax check for targeting expressions. */
  public void validateRule(RoutingContext ctx) {
    String expression = ctx.body().asString();
    try {
      int tokens = new FlagRuleLexer(expression).tokenize().size();
      ctx.json(new JsonObject().put("valid", true).put("tokenCount", tokens));
    } catch (IllegalArgumentException e) {
      ctx.response().setStatusCode(422);
      ctx.json(new JsonObject().put("valid", false).put("error", e.getMessage()));
    }
  }

  /** POST /webhooks/posthog: PostHog action webhook, HMAC-SHA256 signed. */
  public void webhook(RoutingContext ctx) {
    String webhookSecret = appConfig.webhookSecret();
    String signature = ctx.request().getHeader(PostHogDefaults.SIGNATURE_HEADER);
    String computed = hmacSha256(webhookSecret, ctx.body().buffer().getBytes());
    if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8), computed.getBytes(StandardCharsets.UTF_8))) {
      LOG.warn("Webhook signature mismatch (got {}), verify FLAGS_WEBHOOK_SECRET={}", signature, webhookSecret);
      ctx.response().setStatusCode(401).end();
      return;
    }
    vertx.eventBus().publish(Addresses.FLAGS_RELOAD, new JsonObject().put("verbose", false));
    ctx.response().setStatusCode(204).end();
  }

  private static String hmacSha256(String secret, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
