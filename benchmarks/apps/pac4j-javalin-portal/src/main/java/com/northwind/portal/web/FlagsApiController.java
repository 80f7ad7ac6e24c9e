package com.northwind.portal.web;

import com.northwind.portal.analytics.FlagSyncService;
import com.northwind.portal.auth.ProfileSupport;
import com.northwind.portal.config.PortalSettings;
import com.northwind.portal.error.PostHogSyncException;
import com.northwind.portal.util.KeyMasking;
import com.northwind.portal.web.dto.AnalyticsBootstrap;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.pac4j.oidc.profile.OidcProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

public class FlagsApiController {

    private static final Logger log = LoggerFactory.getLogger(FlagsApiController.class);

    private final PortalSettings settings;
    private final FlagSyncService flagSyncService;

    public FlagsApiController(PortalSettings settings, FlagSyncService flagSyncService) {
        this.settings = settings;
        this.flagSyncService = flagSyncService;
    }

    public void publicConfig(Context ctx) {
        ctx.json(Map.of("projectKey", settings.posthogProjectKey(), "apiHost", settings.posthogHost()));
    }

    public void bootstrap(Context ctx) {
        OidcProfile profile = ProfileSupport.requireProfile(ctx);
        ctx.json(AnalyticsBootstrap.forUser(settings, profile.getId()));
    }

    public void status(Context ctx) {
        String personalKey = settings.posthogPersonalApiKey();
        ctx.json(Map.of("localEvaluation", personalKey != null, "personalKeyHint", KeyMasking.mask(personalKey)));
    }

    public void listFlags(Context ctx) {
        try {
            List<String> keys = flagSyncService.listFlagKeys();
            ctx.json(Map.of("flags", keys));
        } catch (PostHogSyncException e) {
            log.error("Could not list feature flags", e);
            ctx.status(HttpStatus.BAD_GATEWAY).json(Map.of("error", "feature flags unavailable"));
        }
    }
}
