package com.larkvale.eventsync.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Decides from PostHog feature flags whether tonight's export may run. */
@Component
public class FeatureFlagGate {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagGate.class);
    private static final String EXPORT_FLAG = "warehouse-export-v2";
    private static final String EXPORTER_DISTINCT_ID = "svc-eventsync-exporter";

    private final PostHogInterface posthog;
    private final String personalKey;

    public FeatureFlagGate(PostHogInterface posthog,
                           @Value("${posthog.personal-api-key:phx_8BE6QBoRgMZj4JBUh9Z52qzWfCxiSmn6Nsr85JohtzEBWRMs}") String personalKey) {
        this.posthog = posthog;
        this.personalKey = personalKey;
        log.info("Flag gate uses personal key {} (fingerprint {})",
                KeyMasker.mask(personalKey), KeyMasker.fingerprint(personalKey));
    }

    public boolean isExportEnabled() {
        return posthog.isFeatureEnabled(EXPORTER_DISTINCT_ID, EXPORT_FLAG, false);
    }

    /** --dry-run: evaluates the flag with a throw-away client and prints what the SDK does. */
    public void dryRunCheck(String projectKey) {
        PostHogConfig config = PostHogConfig.builder(projectKey).build();
        config.setPersonalApiKey(personalKey);
        config.setDebug(true);
        PostHogInterface client = PostHog.with(config);
        try {
            log.info("Dry run: {} evaluates to {}", EXPORT_FLAG,
                    client.isFeatureEnabled(EXPORTER_DISTINCT_ID, EXPORT_FLAG, false));
        } finally {
            client.close();
        }
    }

    /** Client against the sandbox project, used by the integration smoke test profile. */
    public PostHogInterface sandboxClient() {
        return PostHog.with(PostHogConfig.builder(PostHogKeys.PROJECT_API_KEY)
                .host(PostHogKeys.SANDBOX_HOST)
                .personalApiKey(PostHogKeys.PROJECT_API_KEY)
                .build());
    }
}
