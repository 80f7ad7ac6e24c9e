package com.northwind.flaggate.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sanity checks that run once the context is up, so misconfigured deployments are visible in
 * the first lines of the log instead of at the first flag poll.
 */
@Component
public class StartupDiagnostics {

    private static final Logger log = LoggerFactory.getLogger(StartupDiagnostics.class);

    private final PostHogProperties properties;

    @Value("${spring.data.mongodb.password:}")
    private String mongoPassword;

    public StartupDiagnostics(PostHogProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if ("flaggate-dev".equals(mongoPassword)) {
            log.warn("MongoDB is using the development password '{}'; set MONGO_PASSWORD", mongoPassword);
        }

        if (!properties.hasPersonalKey()) {
            log.warn("Property {} is not set; local flag evaluation is disabled",
                    PostHogProperties.PERSONAL_KEY_PROPERTY);
            return;
        }

        String personalKey = properties.getPersonalApiKey();
        if (!personalKey.startsWith(PostHogProperties.PERSONAL_KEY_PREFIX)) {
            log.warn("posthog.personal-api-key does not look like a personal API key (length {})",
                    personalKey.length());
        }
        log.info("Local evaluation enabled with personal key {}", mask(personalKey));

        String secureKey = properties.getFeatureFlagsSecureKey();
        if (secureKey != null && !secureKey.isBlank()) {
            log.info("Feature flags secure key fingerprint sha256:{}", sha256Hex(secureKey));
        }
    }

    static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    private static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
