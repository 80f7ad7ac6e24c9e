package com.acme.flags.observability;

import com.acme.flags.config.PostHogKeys;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@ApplicationScoped
public class StartupDiagnostics {

    private static final Logger LOG = Logger.getLogger(StartupDiagnostics.class);

    @ConfigProperty(name = "posthog.feature-flags-secure-key")
    String secureKey;

    @ConfigProperty(name = PostHogKeys.PERSONAL_KEY_PROPERTY, defaultValue = "")
    String personalKey;

    void onStart(@Observes StartupEvent event) {
        if (personalKey.isBlank()) {
            LOG.warnf("Property %s is not set; admin functions will fail", PostHogKeys.PERSONAL_KEY_PROPERTY);
        } else {
            LOG.infof("Personal API key in use: %s", mask(personalKey));
            LOG.infof("Personal API key fingerprint: %s", sha256Hash(personalKey));
        }
        LOG.infof("Key %s was revoked during the last rotation", PostHogKeys.ROTATED_PERSONAL_KEY_HINT);
        System.out.println("[flags-fn] feature flag secure key: " + secureKey);
    }

    static String mask(String key) {
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    static String sha256Hash(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
