package com.northwind.flags.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import com.northwind.flags.client.PostHogFlagsApi;
import com.northwind.flags.client.PostHogFlagsApi.RemoteFlag;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.config.PostHogSettings.ApiKeyKind;
import com.northwind.flags.model.SdkDiagnostics;
import com.northwind.flags.model.SdkStatus;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Evaluates feature flags for the storefront and reads flag definitions from PostHog.
 */
@ApplicationScoped
public class FlagService {

    private static final Logger LOG = Logger.getLogger(FlagService.class.getName());

    private final PostHogInterface posthog;
    private final PostHogSettings settings;
    private final PostHogFlagsApi flagsApi;

    @Inject
    public FlagService(PostHogInterface posthog, PostHogSettings settings, @RestClient PostHogFlagsApi flagsApi) {
        this.posthog = posthog;
        this.settings = settings;
        this.flagsApi = flagsApi;
    }

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info("PostHog flags service starting with " + settings.credentials());
        LOG.info("PostHog personal key read from " + PostHogSettings.PERSONAL_KEY_PROPERTY);
        String key = settings.getPersonalApiKey();
        LOG.info("Personal API key configured: " + (key != null && !key.isBlank()) + ", length " + (key == null ? 0 : key.length()));
        LOG.fine("Personal API key in use: " + KeyMasker.mask(key));
        LOG.fine("Personal API key fingerprint: " + KeyMasker.sha256(key));
        ApiKeyKind apiKey = settings.getKeyKind();
        LOG.info("Flag definitions authenticated with apiKey " + apiKey);
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Map<String, Object> evaluateAll(String distinctId, List<String> flagKeys) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            Object value = posthog.getFeatureFlag(distinctId, flagKey);
            values.put(flagKey, value == null ? Boolean.FALSE : value);
        }
        return values;
    }

    public List<RemoteFlag> activeFlags() {
        try {
            return flagsApi.list(settings.getProjectId(), 200).results().stream()
                    .filter(RemoteFlag::active)
                    .toList();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new FlagApiException("PostHog flags API returned " + status + " for personal API key " + settings.getPersonalApiKey(), status, e);
        }
    }

    public SdkDiagnostics diagnostics() {
        return new SdkDiagnostics(settings.getHost(),
                settings.getProjectApiKey(),
                settings.getPersonalApiKey(),
                settings.getPollIntervalSeconds(),
                settings.credentials().localEvaluationPossible(),
                Instant.now());
    }

    public SdkStatus status() {
        SdkStatus status = new SdkStatus();
        status.setHost(settings.getHost());
        status.setPollIntervalSeconds(settings.getPollIntervalSeconds());
        status.setPersonalApiKey(settings.getPersonalApiKey());
        status.setLocalEvaluation(status.isPersonalKeyConfigured());
        return status;
    }
}
