package app;

import io.vertx.core.http.Cookie;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** What a Vert.x route writes to its context or its response goes to the browser. */
public class EdgeRoutes {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void admin(RoutingContext ctx) {
    ctx.json(Map.of("personalApiKey", personalApiKey)); // Noncompliant
    ctx.response().putHeader("X-PostHog-Key", personalApiKey); // Noncompliant
    ctx.response().setStatusCode(200).end(new JsonObject().put("key", personalApiKey).encode()); // Noncompliant
    ctx.json(new JsonObject().put("key", personalApiKey).put("ttl", 300)); // Noncompliant
  }

  void bootstrap(RoutingContext ctx) {
    ctx.json(Map.of("token", projectApiKey));
    ctx.response().end(new JsonObject().put("token", projectApiKey).encode());
    ctx.json(new JsonObject().put("token", projectApiKey).put("ttl", 300));
  }

  void routes(Router router) {
    router.get("/admin").handler(ctx -> ctx.json(Map.of("key", personalApiKey))); // Noncompliant
    router.get("/flags").produces("application/json").handler(ctx -> ctx.json(Map.of("key", personalApiKey))); // Noncompliant
    router.get("/bootstrap").handler(ctx -> ctx.json(Map.of("token", projectApiKey)));
    router.route().failureHandler(ctx -> ctx.response().end("key " + personalApiKey)); // Noncompliant
  }

  record MobileBootstrap(String projectKey, String localEvaluationKey) {}

  void mobile(RoutingContext ctx) {
    ctx.response().end(Json.encode(new MobileBootstrap(projectApiKey, personalApiKey))); // Noncompliant
    ctx.response().end(Json.encode(new MobileBootstrap(projectApiKey, null)));
    ctx.json(JsonObject.mapFrom(new MobileBootstrap(projectApiKey, personalApiKey))); // Noncompliant
    ctx.json(JsonObject.mapFrom(new MobileBootstrap(projectApiKey, "")));
  }

  void editor(RoutingContext ctx) {
    ctx.response().addCookie(Cookie.cookie("ph_editor", personalApiKey).setPath("/admin")); // Noncompliant
    ctx.response().addCookie(Cookie.cookie("ph_project", projectApiKey).setPath("/"));
    ctx.redirect("/flags/export?personal_api_key=" + personalApiKey); // Noncompliant
    ctx.redirect("/flags?token=" + projectApiKey);
  }

  void debugPage(RoutingContext ctx, io.vertx.ext.web.common.template.TemplateEngine templates) {
    ctx.put("personalApiKey", personalApiKey); // Noncompliant
    ctx.put("projectApiKey", projectApiKey);
    templates.render(ctx.data(), "templates/flags-debug.hbs").onSuccess(html -> ctx.response().end(html));
  }

  void keptForLater(RoutingContext ctx) {
    ctx.put("personalApiKey", personalApiKey); // no template: the next handler's, on the server
  }

  void modelPage(RoutingContext ctx, io.vertx.ext.web.common.template.TemplateEngine templates) {
    templates.render(Map.of("key", personalApiKey), "templates/key.hbs"); // Noncompliant
    templates.render(Map.of("key", projectApiKey), "templates/key.hbs");
  }

  void enginePages(
      io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine handlebars,
      io.vertx.ext.web.templ.thymeleaf.ThymeleafTemplateEngine thymeleaf,
      io.vertx.ext.web.templ.freemarker.FreeMarkerTemplateEngine freemarker,
      io.vertx.ext.web.templ.pebble.PebbleTemplateEngine pebble) {
    handlebars.render(new JsonObject().put("editorKey", personalApiKey), "templates/admin.hbs"); // Noncompliant
    handlebars.render(new JsonObject().put("projectKey", projectApiKey), "templates/index.hbs");
    thymeleaf.render(Map.of("key", personalApiKey), "templates/key.html"); // Noncompliant
    freemarker.render(Map.of("key", personalApiKey), "templates/key.ftl"); // Noncompliant
    pebble.render(Map.of("key", personalApiKey), "templates/key.peb"); // Noncompliant
  }
}
