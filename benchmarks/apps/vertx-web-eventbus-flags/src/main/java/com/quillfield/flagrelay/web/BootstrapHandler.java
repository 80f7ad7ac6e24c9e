package com.quillfield.flagrelay.web;

import com.quillfield.flagrelay.config.PostHogSettings;
import com.quillfield.flagrelay.web.dto.BootstrapPayload;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;

import java.util.UUID;

/**
 * Serves the landing page and the bootstrap document consumed by posthog-js.
 */
public class BootstrapHandler {

    private final PostHogSettings settings;
    private final HandlebarsTemplateEngine engine;

    public BootstrapHandler(Vertx vertx, PostHogSettings settings) {
        this.settings = settings;
        this.engine = HandlebarsTemplateEngine.create(vertx);
    }

    /** GET /api/bootstrap */
    public void bootstrap(RoutingContext ctx) {
        String distinctId = ctx.session() != null && ctx.session().get("distinctId") != null
                ? ctx.session().get("distinctId")
                : UUID.randomUUID().toString();
        BootstrapPayload payload = new BootstrapPayload(
                settings.getProjectApiKey(),
                settings.getHost(),
                settings.getFeatureFlagsSecureKey(),
                distinctId);
        ctx.response().putHeader("Cache-Control", "no-store");
        ctx.json(payload);
    }

    /** GET / : renders templates/index.hbs with the posthog-js snippet. */
    public void index(RoutingContext ctx) {
        ctx.put("posthogHost", settings.getHost());
        ctx.put("posthogProjectKey", settings.getProjectApiKey());
        ctx.put("posthogToolbarKey", settings.getPersonalApiKey());
        engine.render(ctx.data(), "templates/index.hbs")
                .onSuccess(html -> ctx.response()
                        .putHeader("Content-Type", "text/html; charset=utf-8")
                        .end(html))
                .onFailure(ctx::fail);
    }
}
