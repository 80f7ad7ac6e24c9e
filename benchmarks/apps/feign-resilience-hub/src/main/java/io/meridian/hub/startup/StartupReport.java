package io.meridian.hub.startup;

import io.meridian.hub.config.PostHogProperties;
import io.meridian.hub.util.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Prints what configuration the hub started with; the config server makes this hard to guess.
 */
@Component
public class StartupReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final PostHogProperties properties;

    public StartupReport(PostHogProperties properties) {
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String personalKey = properties.getPersonalApiKey();
        if (!StringUtils.hasText(personalKey)) {
            log.warn("{} is not set; flags will be evaluated remotely", PostHogProperties.PERSONAL_KEY_PROPERTY);
        } else {
            log.info("Personal API key present={} length={}", true, personalKey.length());
            log.info("Personal API key in use: {}", KeyMasker.mask(personalKey));
        }
        log.info("PostHog project {} on {} with project key {}",
                properties.getProjectId(), properties.getHost(), properties.getProjectApiKey());
        log.debug("Effective PostHog credentials: {}", properties.toCredentials());
    }
}
