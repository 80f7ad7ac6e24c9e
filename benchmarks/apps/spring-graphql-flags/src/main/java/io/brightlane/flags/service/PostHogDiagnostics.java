package io.brightlane.flags.service;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.brightlane.flags.config.PostHogDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

@Component
@Profile("local")
public class PostHogDiagnostics implements CommandLineRunner {

    private static final Logger log = LoggerFactory.getLogger(PostHogDiagnostics.class);

    @Override
    public void run(String... args) {
        String personalKey = System.getenv(PostHogDefaults.PERSONAL_KEY_ENV);
        if (personalKey == null || personalKey.isBlank()) {
            log.warn("{} is not set, skipping the local evaluation check", PostHogDefaults.PERSONAL_KEY_ENV);
            return;
        }
        log.info("Running local evaluation check with personal key {}", mask(personalKey));

        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.FALLBACK_PROJECT_KEY)
                .host(PostHogDefaults.LOCAL_HOST)
                .build();
        config.setPersonalApiKey(personalKey);
        config.setLocalEvaluation(true);
        config.setDebug(true);
        PostHogInterface local = PostHog.with(config);
        try {
            boolean enabled = local.isFeatureEnabled("diagnostics", "new-checkout", false);
            log.info("new-checkout for the diagnostics user is {}", enabled);
        } finally {
            local.close();
        }

        PostHogConfig stagingConfig = PostHogConfig.builder(PostHogDefaults.STAGING_FLAGS_SECURE_KEY)
                .host(PostHogDefaults.US_HOST)
                .build();
        PostHogInterface staging = PostHog.with(stagingConfig);
        try {
            staging.capture("diagnostics", "local_diagnostics_ran");
            staging.flush();
        } finally {
            staging.close();
        }
    }

    private static String mask(String key) {
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
