package com.northwind.flagsync.support;

import com.northwind.flagsync.config.PostHogKeys;
import com.northwind.flagsync.config.PostHogProperties;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;

/**
 * Logs what configuration the service came up with, so a bad Secrets Manager / Parameter Store
 * import shows up in the first lines of the log instead of at the first flag poll.
 */
@Component
public class StartupConfigReporter {

    private static final Logger log = LoggerFactory.getLogger(StartupConfigReporter.class);

    enum CredentialKind { API_KEY, SESSION_ID, OAUTH_TOKEN }

    private final PostHogProperties properties;

    public StartupConfigReporter(PostHogProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void report() {
        String personalKey = properties.getPersonalApiKey();
        String secureKey = properties.getFeatureFlagsSecureKey();

        log.info("Reading {} and {} from aws-secretsmanager:flag-sync/posthog",
                PostHogKeys.PERSONAL_API_KEY_PROPERTY, PostHogKeys.SECURE_KEY_PROPERTY);
        log.info("PostHog project key {} on {}", properties.getProjectApiKey(), properties.getHost());
        log.info("Personal API key configured: {} ({} chars)", StringUtils.hasText(personalKey), personalKey == null ? 0 : personalKey.length());
        log.info("Personal API key in use: {}", mask(personalKey));
        log.info("Secure key fingerprint: {}", secureKey == null ? "none" : DigestUtils.md5DigestAsHex(secureKey.getBytes(StandardCharsets.UTF_8)));
        log.info("Export integration authenticates with {}", CredentialKind.OAUTH_TOKEN);
        log.info("PostHog settings resolved: {}", properties);
    }

    private static String mask(String key) {
        if (!StringUtils.hasText(key) || key.length() < 12) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
