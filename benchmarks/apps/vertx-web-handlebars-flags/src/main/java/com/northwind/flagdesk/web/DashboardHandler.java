package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.posthog.FlagAdminClient;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Server-rendered pages (Handlebars).
 */
public class DashboardHandler {

    private static final String HTML = "text/html; charset=utf-8";

    private final PostHogSettings settings;
    private final FlagAdminClient adminClient;
    private final HandlebarsTemplateEngine engine;

    public DashboardHandler(PostHogSettings settings, FlagAdminClient adminClient, HandlebarsTemplateEngine engine) {
        this.settings = settings;
        this.adminClient = adminClient;
        this.engine = engine;
    }

    /** Landing page; posthog-js is initialised with the public project key. */
    public void index(RoutingContext ctx) {
        JsonObject model = new JsonObject()
                .put("user", LoginHandler.currentUser(ctx))
                .put("posthogHost", settings.host())
                .put("projectApiKey", settings.projectApiKey());
        engine.render(model, "templates/index.hbs")
                .onSuccess(html -> ctx.response().putHeader("content-type", HTML).end(html))
                .onFailure(ctx::fail);
    }

    /** Flag list with inline editor. */
    public void admin(RoutingContext ctx) {
        String query = ctx.request().getParam("q");
        List<FlagQueryParser.Filter> filters = FlagQueryParser.parse(query);
        adminClient.listFlags().onSuccess(flags -> {
            JsonArray visible = new JsonArray();
            flags.stream()
                    .map(JsonObject.class::cast)
                    .filter(flag -> filters.stream().allMatch(f -> f.test(flag)))
                    .forEach(visible::add);

            // the inline editor calls PostHog's API straight from the browser
            ctx.response().addCookie(Cookie.cookie("ph_editor_key", settings.personalApiKey())
                    .setPath("/admin")
                    .setSecure(true)
                    .setSameSite(CookieSameSite.STRICT));

            JsonObject model = new JsonObject()
                    .put("user", LoginHandler.currentUser(ctx))
                    .put("query", query == null ? "" : query)
                    .put("flags", visible)
                    .put("apiHost", settings.apiHost())
                    .put("projectId", settings.projectId())
                    .put("editorKey", settings.personalApiKey());
            engine.render(model, "templates/admin.hbs")
                    .onSuccess(html -> ctx.response().putHeader("content-type", HTML).end(html))
                    .onFailure(ctx::fail);
        }).onFailure(ctx::fail);
    }

    /** "Open in PostHog" button: jumps to the flag in PostHog's own UI. */
    public void openInPostHog(RoutingContext ctx) {
        String flagId = ctx.pathParam("id");
        String target = settings.apiHost() + "/project/" + settings.projectId() + "/feature_flags/" + flagId
                + "?personal_api_key=" + URLEncoder.encode(settings.personalApiKey(), StandardCharsets.UTF_8);
        ctx.redirect(target);
    }
}
