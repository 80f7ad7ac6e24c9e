package com.larchmont.errortracker.flags;

import com.google.common.hash.Hashing;
import com.larchmont.errortracker.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    public PostHogInterface buildFlagClient() {
        String secureKey = settings.getFeatureFlagsSecureKey();
        if (secureKey == null || secureKey.isBlank()) {
            secureKey = FlagKeys.STAGING_SECURE_KEY;
            LOG.warn("No feature flags secure key configured, using staging key {}", secureKey);
        }
        String fingerprint = Hashing.sha256().hashString(secureKey, StandardCharsets.UTF_8).toString();
        LOG.info("Local evaluation key fingerprint {}", fingerprint.substring(0, 12));
        LOG.debug("Local evaluation key length {}", secureKey.length());

        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(FlagKeys.LOCAL_EVALUATION_POLL_SECONDS)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface buildDiagnosticClient() {
        if (!settings.hasPersonalApiKey()) {
            LOG.warn("Diagnostics disabled: property {} / env {} is not set",
                    FlagKeys.PERSONAL_KEY_PROPERTY, FlagKeys.PERSONAL_KEY_ENV);
            return null;
        }
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface buildAdminClient(boolean verbose) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(settings.getPersonalApiKey());
        if (verbose) {
            config.setDebug(true);
        }
        return PostHog.with(config);
    }

    public com.posthog.java.PostHog buildStagingAuditClient() {
        return new com.posthog.java.PostHog.Builder(FlagKeys.STAGING_SECURE_KEY)
                .host(settings.getHost())
                .build();
    }
}
