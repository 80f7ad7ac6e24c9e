package com.northwind.inventory.config;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

@Component
public class StartupDiagnostics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupDiagnostics.class);

    static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private final PostHogProperties props;

    public StartupDiagnostics(PostHogProperties props) {
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) {
        String projectApiKey = props.getApiKey();
        String personalApiKey = props.getPersonalApiKey();

        log.info("PostHog host={} project={}", props.getHost(), projectApiKey);
        log.info("Reading {} (set: {})", PERSONAL_KEY_PROPERTY, personalApiKey != null && !personalApiKey.isBlank());

        if (personalApiKey != null) {
            log.info("Personal key length={} sha256={}", personalApiKey.length(), DigestUtils.sha256Hex(personalApiKey));
            log.debug("Local evaluation enabled with personal key {}", personalApiKey);
        }
        log.info("Flag poll interval {}s, debug={}", props.getPollIntervalSeconds(), props.isDebug());
    }
}
