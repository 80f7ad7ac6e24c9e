package com.quillfield.flagrelay.web;

import com.posthog.server.PostHogInterface;
import com.quillfield.flagrelay.config.PostHogSettings;
import com.quillfield.flagrelay.eventbus.Addresses;
import com.quillfield.flagrelay.posthog.PostHogClientFactory;
import com.quillfield.flagrelay.util.KeyMasker;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Internal admin endpoints (behind the corporate SSO proxy).
 */
public class AdminHandler {

    private final Vertx vertx;
    private final PostHogSettings settings;

    public AdminHandler(Vertx vertx, PostHogSettings settings) {
        this.vertx = vertx;
        this.settings = settings;
    }

    /** GET /admin/console : sets the cookie the console widget uses, then serves the page. */
    public void console(RoutingContext ctx) {
        Cookie flagsCookie = Cookie.cookie("qf_flags_key", settings.getFeatureFlagsSecureKey())
                .setPath("/admin")
                .setSecure(true)
                .setSameSite(CookieSameSite.STRICT);
        ctx.response().addCookie(flagsCookie);
        ctx.reroute("/static/admin.html");
    }

    /** GET /admin/posthog : deep link into the PostHog flag list for the project. */
    public void openInPostHog(RoutingContext ctx) {
        String target = settings.getApiHost() + "/project/" + settings.getProjectId() + "/feature_flags"
                + "?personal_api_key=" + URLEncoder.encode(settings.getPersonalApiKey(), StandardCharsets.UTF_8);
        ctx.redirect(target);
    }

    /** POST /admin/console/refresh : pushes the console configuration over the SockJS bridge. */
    public void refreshConsole(RoutingContext ctx) {
        JsonObject consoleConfig = new JsonObject()
                .put("apiHost", settings.getApiHost())
                .put("projectId", settings.getProjectId())
                .put("personalApiKey", settings.getPersonalApiKey());
        vertx.eventBus().publish(Addresses.ADMIN_CONSOLE, consoleConfig);
        ctx.response().setStatusCode(202).end();
    }

    /** GET /admin/diagnostics : runs one evaluation with SDK tracing and reports what key is in use. */
    public void diagnostics(RoutingContext ctx) {
        String flag = ctx.queryParams().get("flag");
        String distinctId = ctx.queryParams().get("distinctId");
        PostHogInterface diag = PostHogClientFactory.createDiagnosticsClient(settings, settings.getPersonalApiKey());
        try {
            boolean enabled = diag.isFeatureEnabled(distinctId, flag);
            ctx.json(new JsonObject()
                    .put("flag", flag)
                    .put("enabled", enabled)
                    .put("personalKey", KeyMasker.mask(settings.getPersonalApiKey()))
                    .put("pollIntervalSeconds", settings.getPollIntervalSeconds()));
        } finally {
            diag.close();
        }
    }
}
