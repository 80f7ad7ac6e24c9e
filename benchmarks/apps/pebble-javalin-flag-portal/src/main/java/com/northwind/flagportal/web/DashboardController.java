package com.northwind.flagportal.web;

import com.northwind.flagportal.auth.PortalAccessManager;
import com.northwind.flagportal.auth.PortalUser;
import com.northwind.flagportal.config.PortalConfig;
import com.northwind.flagportal.db.PortalDao;
import com.northwind.flagportal.model.ProjectSettings;
import com.posthog.server.PostHogInterface;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/** Server-rendered pages (Pebble). */
public class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    private final PortalConfig config;
    private final PortalDao dao;
    private final PostHogInterface posthog;

    public DashboardController(PortalConfig config, PortalDao dao, PostHogInterface posthog) {
        this.config = config;
        this.dao = dao;
        this.posthog = posthog;
    }

    public void dashboard(Context ctx) {
        PortalUser user = ctx.attribute(PortalAccessManager.SESSION_USER);
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("flags", dao.listFlags());
        model.put("newLayout", posthog.isFeatureEnabled(user.username(), "portal-new-dashboard", false));
        model.put("posthogProjectKey", config.projectApiKey());
        model.put("posthogHost", config.posthogHost());
        ctx.render("templates/dashboard.peb", model);
    }

    public void settings(Context ctx) {
        ProjectSettings settings = config.projectSettings();
        log.info("Rendering settings page: {}", settings);
        Map<String, Object> model = new HashMap<>();
        model.put("user", ctx.attribute(PortalAccessManager.SESSION_USER));
        model.put("settings", settings);
        model.put("personalApiKey", settings.personalApiKey());
        model.put("localEvaluation", settings.localEvaluationReady());
        ctx.render("templates/settings.peb", model);
    }

    /** "Export JSON" button on the settings page: lets the browser download straight from PostHog. */
    public void exportFlags(Context ctx) {
        ProjectSettings settings = config.projectSettings();
        String target = settings.appHost() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?limit=500&personal_api_key=" + settings.personalApiKey();
        ctx.redirect(target);
    }
}
