package com.northwindlabs.secretflags.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@Component
public class StartupDiagnostics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupDiagnostics.class);

    private final PostHogProperties properties;
    private final SecretManagerKeyStore keyStore;

    public StartupDiagnostics(PostHogProperties properties, SecretManagerKeyStore keyStore) {
        this.properties = properties;
        this.keyStore = keyStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Starting with {}", properties);
        log.info("PostHog project key in use: {}", keyStore.projectApiKey());

        String personalKey = keyStore.personalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            log.warn("Property {} is not set; the flag admin API will return 503", "posthog.personal-api-key");
            return;
        }
        log.info("PostHog personal key loaded ({} chars)", personalKey.length());
        log.info("PostHog personal key fingerprint sha256:{}", hashForLog(personalKey));
        log.info("Feature-flags secure key present: {}", keyStore.secureApiKey() != null);
    }

    private static String hashForLog(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
