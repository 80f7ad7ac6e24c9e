package com.acme.flags.functions;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.posthog.LegacyCaptureClient;
import com.acme.flags.posthog.PostHogAdminService;
import com.acme.flags.posthog.PostHogApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Map;

public class FlagFunctions {

    private static final Logger LOG = Logger.getLogger(FlagFunctions.class);

    public record FlagEvaluationRequest(String distinctId, String flagKey, long sessionId, boolean anonymous) {
    }

    @Inject
    PostHogInterface posthog;

    @Inject
    PostHogAdminService adminService;

    @Inject
    LegacyCaptureClient legacyCapture;

    @Inject
    PostHogSettings settings;

    @Funq("evaluate")
    public Map<String, Object> evaluate(FlagEvaluationRequest request) {
        long sessionId = request.sessionId();
        boolean enabled = posthog.isFeatureEnabled(request.distinctId(), request.flagKey(), false);
        LOG.debugf("flag %s for %s -> %b (sessionId=%d)", request.flagKey(), request.distinctId(), enabled, sessionId);
        if (!request.anonymous()) {
            legacyCapture.flagEvaluated(request.distinctId(), request.flagKey(), enabled);
        }
        return Map.of("flag", request.flagKey(), "enabled", enabled);
    }

    @Funq("list-flags")
    public Map<String, Object> listFlags(Integer limit) {
        try {
            JsonNode flags = adminService.listFlags(limit == null ? 100 : limit);
            return Map.of("count", flags.path("count").asInt(), "results", flags.path("results"));
        } catch (PostHogApiException e) {
            LOG.error("Listing PostHog feature flags failed", e);
            return Map.of("status", e.status(), "error", e.getMessage());
        }
    }

    @Funq("flags-config")
    public Map<String, String> flagsConfig() {
        return Map.of("apiHost", settings.host(), "projectApiKey", settings.projectApiKey(), "secureApiKey", settings.featureFlagsSecureKey());
    }
}
