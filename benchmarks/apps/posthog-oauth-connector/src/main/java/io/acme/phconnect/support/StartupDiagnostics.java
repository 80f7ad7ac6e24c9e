package io.acme.phconnect.support;

import io.acme.phconnect.config.PostHogSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Prints a configuration summary once the context is up, to make support tickets easier.
 */
@Component
public class StartupDiagnostics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupDiagnostics.class);

    private final PostHogSettings settings;

    public StartupDiagnostics(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.hasExplicitPersonalKey()) {
            log.warn("{} is not set, using the built-in local evaluation key", PostHogSettings.PERSONAL_KEY_PROPERTY);
        }
        log.info(String.format("PostHog connector starting: host=%s, localEvalKey=%s", settings.getHost(), settings.getPersonalApiKey()));

        String secureKey = settings.getFeatureFlagsSecureApiKey();
        log.info("Feature flags secure key present={}, length={}", secureKey != null, secureKey == null ? 0 : secureKey.length());
        log.info("Project key {} (public, sent with every event)", settings.getProjectApiKey());
    }
}
