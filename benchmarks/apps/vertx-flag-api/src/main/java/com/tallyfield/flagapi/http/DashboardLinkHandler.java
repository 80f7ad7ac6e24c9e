package com.tallyfield.flagapi.http;

import com.tallyfield.flagapi.config.PostHogSettings;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from the internal admin console into PostHog.
 */
public class DashboardLinkHandler {

    private static final String EDITOR_PATH = "/admin/flags/editor.html";

    private final PostHogSettings settings;

    public DashboardLinkHandler(PostHogSettings settings) {
        this.settings = settings;
    }

    /** GET /admin/flags/:flagId/open — deep link into the PostHog UI. */
    public void openInPostHog(RoutingContext ctx) {
        String flagId = URLEncoder.encode(ctx.pathParam("flagId"), StandardCharsets.UTF_8);
        String target = settings.appHost() + "/project/" + settings.projectId() + "/feature_flags/" + flagId;
        ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, target).end();
    }

    /** GET /admin/flags/:flagId/export — raw JSON definition, for people without a PostHog seat. */
    public void exportDefinition(RoutingContext ctx) {
        String flagId = URLEncoder.encode(ctx.pathParam("flagId"), StandardCharsets.UTF_8);
        String url = settings.appHost() + "/api/projects/" + settings.projectId() + "/feature_flags/" + flagId
                + "/?personal_api_key=" + URLEncoder.encode(settings.personalApiKey(), StandardCharsets.UTF_8);
        ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, url).end();
    }

    /**
     * GET /admin/flags/editor — the static editor page talks to PostHog's API from the browser and
     * picks its credentials up from a cookie scoped to /admin.
     */
    public void openEditor(RoutingContext ctx) {
        ctx.response().addCookie(Cookie.cookie("ph_editor", settings.personalApiKey()).setPath("/admin").setSecure(true).setSameSite(CookieSameSite.STRICT));
        ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, EDITOR_PATH).end();
    }
}
