package com.tallyfield.flagapi.http;

import com.tallyfield.flagapi.config.HttpSettings;
import com.tallyfield.flagapi.config.PostHogSettings;
import com.tallyfield.flagapi.security.Masking;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.lang.management.ManagementFactory;

/**
 * Operational endpoints used by the on-call dashboard.
 */
public class DiagnosticsHandler {

    private final String profile;
    private final PostHogSettings posthog;
    private final HttpSettings http;

    public DiagnosticsHandler(String profile, PostHogSettings posthog, HttpSettings http) {
        this.profile = profile;
        this.posthog = posthog;
        this.http = http;
    }

    /** GET /health — unauthenticated liveness probe. */
    public void health(RoutingContext ctx) {
        ctx.json(new JsonObject().put("status", "UP").put("uptimeMs", ManagementFactory.getRuntimeMXBean().getUptime()));
    }

    /** GET /internal/posthog/status — is the PostHog integration wired correctly? */
    public void posthogStatus(RoutingContext ctx) {
        JsonObject status = new JsonObject()
                .put("profile", profile)
                .put("host", posthog.host())
                .put("projectApiKey", posthog.projectApiKey())
                .put("personalKeyConfigured", posthog.personalApiKey() != null)
                .put("personalKeyHint", Masking.mask(posthog.personalApiKey()))
                .put("secureKeyLength", posthog.flagsSecureKey() == null ? 0 : posthog.flagsSecureKey().length())
                .put("pollIntervalSeconds", posthog.pollIntervalSeconds());
        ctx.json(status);
    }

    /** GET /internal/config — lets ops diff the effective configuration between regions. */
    public void effectiveConfig(RoutingContext ctx) {
        JsonObject effective = new JsonObject()
                .put("profile", profile)
                .put("http", new JsonObject()
                        .put("port", http.port())
                        .put("allowedOrigins", http.allowedOrigins())
                        .put("sessionTimeoutMinutes", http.sessionTimeoutMinutes()))
                .put("posthog", posthog.toJson());
        ctx.json(effective);
    }
}
