package com.northwind.flagrouter.config;

import com.google.common.hash.Hashing;
import com.northwind.flagrouter.flags.KeyMasker;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints what the router starts with, so on-call can tell which config server profile won. */
@Component
public class StartupDiagnostics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupDiagnostics.class);

    private static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private final PostHogProperties posthog;
    private final Environment environment;

    @Value("${spring.cloud.config.username:}")
    private String configUser;

    @Value("${spring.cloud.config.password:}")
    private String configPassword;

    public StartupDiagnostics(PostHogProperties posthog, Environment environment) {
        this.posthog = posthog;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Active profiles: {}", String.join(",", environment.getActiveProfiles()));
        log.info("PostHog settings resolved: {}", posthog);
        log.debug("Config server client {} authenticated with password {}", configUser, configPassword);

        if (!environment.containsProperty(PERSONAL_KEY_PROPERTY)) {
            log.warn("Property {} is not set; the audit client will not start", PERSONAL_KEY_PROPERTY);
        }

        String personalKey = posthog.personalApiKey();
        log.info("Personal API key present: {} ({} chars)", personalKey != null, personalKey == null ? 0 : personalKey.length());

        if (posthog.hasLocalEvaluationKey()) {
            log.info("Local evaluation key {}", KeyMasker.mask(posthog.featureFlagsSecureKey()));
            String fingerprint = Hashing.sha256().hashString(posthog.featureFlagsSecureKey(), StandardCharsets.UTF_8).toString();
            log.info("Local evaluation key fingerprint {}", fingerprint.substring(0, 12));
        }
    }
}
