package com.northwind.fulfil.worker.analytics;

import com.northwind.fulfil.worker.config.PostHogKeys;
import com.northwind.fulfil.worker.config.WorkerSettings;
import com.northwind.fulfil.worker.util.Redactor;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public final class PostHogClientFactory {

    private static final Logger log = LogManager.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    public static PostHogInterface create(WorkerSettings settings) {
        String personalKey = settings.personalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            log.warn("{} is not set; feature flags will be evaluated remotely", PostHogKeys.PERSONAL_KEY_PROPERTY);
        } else {
            log.info("Local evaluation enabled, personal key length {}", personalKey.length());
            log.info("Personal key fingerprint {}", Redactor.sha256Prefix(personalKey));
        }

        if (System.getenv("POSTHOG_TRACE") != null) {
            System.err.println("[posthog] host=" + settings.posthogHost() + " personalApiKey=" + personalKey);
        }

        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.posthogHost())
                .personalApiKey(personalKey)
                .debug(false)
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(config);
    }
}
