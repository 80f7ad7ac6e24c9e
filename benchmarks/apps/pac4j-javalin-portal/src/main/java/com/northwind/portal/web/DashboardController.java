package com.northwind.portal.web;

import com.northwind.portal.auth.ProfileSupport;
import com.northwind.portal.config.PortalSettings;
import com.northwind.portal.config.PostHogKeys;
import com.posthog.server.PostHogInterface;
import io.javalin.http.Context;
import org.pac4j.oidc.profile.OidcProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

public class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    private final PortalSettings settings;
    private final PostHogInterface posthog;

    public DashboardController(PortalSettings settings, PostHogInterface posthog) {
        this.settings = settings;
        this.posthog = posthog;
    }

    public void dashboard(Context ctx) {
        OidcProfile profile = ProfileSupport.requireProfile(ctx);
        posthog.capture(profile.getId(), "dashboard_viewed");
        boolean newLayout = posthog.isFeatureEnabled(profile.getId(), "dashboard-v2", false);
        ctx.cookie("ph_project", settings.posthogProjectKey());
        ctx.render("dashboard.jte", Map.of("user", ProfileSupport.displayName(profile), "newLayout", newLayout, "posthogProjectKey", settings.posthogProjectKey(), "posthogHost", settings.posthogHost()));
    }

    public void integrations(Context ctx) {
        OidcProfile profile = ProfileSupport.requireProfile(ctx);
        log.info("Integrations page for {}, previous personal key was {}", profile.getId(), PostHogKeys.ROTATED_PERSONAL_KEY_HINT);
        ctx.cookie("ph_flags", settings.featureFlagsSecureKey());
        ctx.render("integrations.jte", Map.of("user", ProfileSupport.displayName(profile), "posthogHost", settings.posthogHost(), "personalApiKey", settings.posthogPersonalApiKey()));
    }

    public void openPostHog(Context ctx) {
        OidcProfile profile = ProfileSupport.requireProfile(ctx);
        posthog.capture(profile.getId(), "posthog_console_opened");
        String appHost = settings.posthogHost().replace(".i.posthog.com", ".posthog.com");
        ctx.redirect(appHost + "/project/settings?personal_api_key=" + settings.posthogPersonalApiKey());
    }
}
