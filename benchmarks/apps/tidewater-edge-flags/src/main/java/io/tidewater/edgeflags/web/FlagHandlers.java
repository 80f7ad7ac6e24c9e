package io.tidewater.edgeflags.web;

import com.posthog.server.PostHogInterface;
import io.tidewater.edgeflags.config.FlagsConfig;
import io.tidewater.edgeflags.config.Masking;
import io.tidewater.edgeflags.posthog.LocalEvalFetcher;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FlagHandlers {

  private static final Logger log = LoggerFactory.getLogger(FlagHandlers.class);
  private static final Set<String> REDACTED_HEADERS = Set.of("authorization", "cookie", "x-api-key");
  private static final String SESSION_COOKIE = "vertx-web.session";

  private final FlagsConfig flags;
  private final PostHogInterface posthog;
  private final LocalEvalFetcher fetcher;

  public FlagHandlers(FlagsConfig flags, PostHogInterface posthog, LocalEvalFetcher fetcher) {
    this.flags = flags;
    this.posthog = posthog;
    this.fetcher = fetcher;
  }

  /** Runs first on every route. */
  public void accessLog(RoutingContext ctx) {
    HttpServerRequest req = ctx.request();
    String headerDump = req.headers().entries().stream()
        .map(e -> e.getKey() + "="
            + (REDACTED_HEADERS.contains(e.getKey().toLowerCase()) ? "[redacted]" : e.getValue()))
        .collect(Collectors.joining(", "));
    log.info("{} {} [{}]", req.method(), req.path(), headerDump);
    String authorization = req.getHeader("Authorization");
    if (authorization != null && log.isDebugEnabled()) {
      log.debug("Caller credentials: {}", authorization);
    }
    Cookie sessionCookie = req.getCookie(SESSION_COOKIE);
    if (sessionCookie != null) {
      log.trace("Session cookie {}", sessionCookie.getValue());
    }
    ctx.next();
  }

  /** Bootstrap for posthog-js in the browser: the project key and host only. */
  public void bootstrap(RoutingContext ctx) {
    ctx.json(new JsonObject()
        .put("token", flags.projectApiKey())
        .put("api_host", flags.host()));
  }

  public void evaluate(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    String distinctId = body.getString("distinctId");
    String flag = body.getString("flag");
    boolean enabled = posthog.isFeatureEnabled(distinctId, flag, false);
    log.info("flag {} for {} -> {} (session {})", flag, distinctId, enabled, ctx.session().id());
    ctx.json(new JsonObject().put("flag", flag).put("enabled", enabled));
  }

  /** Status card of the admin SPA. */
  public void adminStatus(RoutingContext ctx) {
    ctx.json(new JsonObject()
        .put("host", flags.host())
        .put("localEvaluationKey", flags.localEvaluationKey().name())
        .put("personalKey", Masking.mask(flags.personalApiKey()))
        .put("personalKeyLength", Masking.lengthOf(flags.personalApiKey())));
  }

  /** Lets the ops console start its own poller with the same key. */
  public void adminCredentials(RoutingContext ctx) {
    Optional<String> key = Optional.ofNullable(flags.personalApiKey()).filter(k -> !k.isBlank());
    key.map(k -> Map.of("personalApiKey", k, "host", flags.host()))
        .ifPresentOrElse(creds -> ctx.json(creds), () -> ctx.response().setStatusCode(404).end());
  }

  public void sync(RoutingContext ctx) {
    log.debug("Sync requested; polling with {}", Masking.orEmpty(flags.personalApiKey()));
    fetcher.fetchDefinitions()
        .onSuccess(defs -> ctx.json(new JsonObject().put("flags", defs.getJsonArray("flags").size())))
        .onFailure(ctx::fail);
  }
}
