package io.northwind.flags.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Typed view over the {@code posthog.*} configuration.
 */
@ApplicationScoped
public class PostHogSettings {

    @Inject
    @ConfigProperty(name = "posthog.api.key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = PostHogKeys.PERSONAL_KEY_PROPERTY)
    Optional<String> personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key",
                    defaultValue = "phs_b28Xqig8WEm8tD7LpQGtd37RoqKhKbbvjszqCL44GAhpQxRN")
    String flagsSecureKey;

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

    @Inject
    @ConfigProperty(name = "posthog.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    public String projectApiKey() {
        return projectApiKey;
    }

    public Optional<String> personalApiKey() {
        return personalApiKey;
    }

    public String flagsSecureKey() {
        return flagsSecureKey;
    }

    public String host() {
        return host;
    }

    public boolean debug() {
        return debug;
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    /** First four characters only, safe for logs and the admin UI. */
    public String maskedPersonalKey() {
        return personalApiKey
                .map(key -> key.substring(0, 4) + "****")
                .orElse("<none>");
    }

    /** Short SHA-256 fingerprint so operators can tell which key is deployed. */
    public String personalKeyFingerprint() {
        return personalApiKey.map(PostHogSettings::sha256Hex)
                .map(hex -> hex.substring(0, 12))
                .orElse("-");
    }

    private static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey.orElse("<none>")
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}
