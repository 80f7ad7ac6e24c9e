package com.acme.flags.controllers;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.services.PostHogAdminClient;
import com.acme.flags.util.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Internal admin pages: show the PostHog setup, deep-link into PostHog, rotate the secure key.
 */
public class AdminController extends Controller {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    private final PostHogSettings settings;
    private final PostHogAdminClient adminClient;

    @Inject
    public AdminController(PostHogSettings settings, PostHogAdminClient adminClient) {
        this.settings = settings;
        this.adminClient = adminClient;
    }

    public Result settingsPage(Http.Request request) {
        return ok(views.html.admin.render(settings.appHost(), settings.projectApiKey(), settings.personalApiKey()));
    }

    public Result openInPostHog(Http.Request request, String flagKey) {
        String url = settings.appHost() + "/api/projects/" + settings.projectId() + "/feature_flags/"
                + "?search=" + URLEncoder.encode(flagKey, StandardCharsets.UTF_8)
                + "&personal_api_key=" + settings.personalApiKey();
        return redirect(url);
    }

    /** Lets the toolbar bookmarklet call the PostHog API from the admin's browser. */
    public Result enableToolbar(Http.Request request) {
        Http.Cookie toolbarCookie = Http.Cookie.builder("ph_admin_key", settings.personalApiKey())
                .withPath("/admin")
                .withSecure(true)
                .build();
        return redirect(routes.AdminController.settingsPage()).withCookies(toolbarCookie);
    }

    public CompletionStage<Result> listFlags() {
        return adminClient.listFlags().thenApply(json -> ok(json));
    }

    public CompletionStage<Result> rotateSecureKey(Http.Request request) {
        String user = request.session().get("user").orElse("release-bot");
        return adminClient.rotateSecureKey().thenApply(newKey -> {
            log.warn("{} rotated the feature-flags secure key, new key is {}", user, newKey);
            adminClient.captureAuditEvent(user, "secure key rotated", Map.of("project", settings.projectId()));
            return ok(Json.newObject()
                    .put("rotated", true)
                    .put("preview", KeyMasker.mask(newKey)));
        });
    }
}
