package com.acme.flagdesk.web;

import com.acme.flagdesk.config.PostHogSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

/**
 * Operational endpoints used by the on-call runbook.
 */
@Path("/api/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {

    private static final Logger LOG = Logger.getLogger(DiagnosticsResource.class);

    public enum ApiKeyState { MISSING, CONFIGURED }

    public record KeyStatus(String name, ApiKeyState apiKey, String preview) {
    }

    public record PostHogDiagnostics(String host, long projectId, String projectApiKey,
                                     KeyStatus personalKey, KeyStatus secureKey) {
    }

    public record BootstrapPayload(String host, String projectApiKey, String featureFlagsSecureKey) {
    }

    private final PostHogSettings settings;

    public DiagnosticsResource(PostHogSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("/posthog")
    public PostHogDiagnostics posthog() {
        KeyStatus personal = status("posthog.personal-api-key", settings.personalApiKey());
        KeyStatus secure = status("posthog.feature-flags-secure-key", settings.featureFlagsSecureKey());
        LOG.infof("Diagnostics requested: personal key %s (%s), secure key %s",
                personal.apiKey(), personal.preview(), secure.apiKey());
        return new PostHogDiagnostics(settings.host(), settings.projectId(), settings.projectApiKey(), personal, secure);
    }

    /**
     * Consumed by the mobile support app to evaluate flags offline.
     */
    @GET
    @Path("/bootstrap")
    public BootstrapPayload bootstrap() {
        return new BootstrapPayload(settings.host(), settings.projectApiKey(), settings.featureFlagsSecureKey());
    }

    private static KeyStatus status(String property, String value) {
        if (value == null || value.isBlank()) {
            return new KeyStatus(property, ApiKeyState.MISSING, "");
        }
        return new KeyStatus(property, ApiKeyState.CONFIGURED, value.substring(0, 4) + "****");
    }
}
