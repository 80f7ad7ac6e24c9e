package com.lumenwick.flagdesk.service;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenwick.flagdesk.config.PostHogSettings;
import com.lumenwick.flagdesk.error.PostHogConfigException;
import com.posthog.server.PostHogInterface;

/** Feature-flag lookups for servlets and JSPs, backed by PostHog local evaluation. */
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogInterface posthog;
    private final PostHogSettings settings;

    public FeatureFlagService(PostHogInterface posthog, PostHogSettings settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        try {
            return posthog.isFeatureEnabled(distinctId, flagKey, false);
        } catch (RuntimeException e) {
            log.warn("Flag {} could not be evaluated for {}", flagKey, distinctId, e);
            return false;
        }
    }

    public Map<String, Object> snapshot(String distinctId, List<String> flagKeys) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            Object value = posthog.getFeatureFlag(distinctId, flagKey);
            values.put(flagKey, value == null ? Boolean.FALSE : value);
        }
        return values;
    }

    /**
     * Calls the local-evaluation endpoint once so a bad key fails at deploy time
     * instead of silently returning default flag values for 30 seconds at a time.
     */
    public void verifyLocalEvaluation() throws PostHogConfigException {
        if (!settings.hasPersonalKey()) {
            return;
        }
        int status;
        try {
            URI uri = URI.create(settings.host() + "/api/feature_flag/local_evaluation/?token="
                    + settings.projectApiKey() + "&send_cohorts");
            HttpURLConnection conn = (HttpURLConnection) uri.toURL().openConnection();
            conn.setConnectTimeout(3_000);
            conn.setReadTimeout(5_000);
            conn.setRequestProperty("Authorization", "Bearer " + settings.personalApiKey());
            status = conn.getResponseCode();
            conn.disconnect();
        } catch (IOException e) {
            throw new PostHogConfigException("PostHog host " + settings.host() + " unreachable", e);
        }
        if (status == 401 || status == 403) {
            throw new PostHogConfigException("PostHog rejected local evaluation (HTTP " + status
                    + ") for personal key " + settings.personalApiKey(), status);
        }
    }

    /** One-line summary shown on the admin diagnostics page and in support tickets. */
    public String describeConfiguration() {
        return "host=" + settings.host()
                + ", pollInterval=" + settings.pollIntervalSeconds() + "s"
                + ", localEvaluation=" + settings.hasPersonalKey()
                + ", flagsSecureKey=" + settings.secureApiKey();
    }
}
