package com.northwind.flags.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

@ApplicationScoped
public class PostHogSettings {

    @Inject
    @ConfigProperty(name = "posthog.host", defaultValue = "https://eu.i.posthog.com")
    String host;

    @Inject
    @ConfigProperty(name = "posthog.api-key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = ApiConstants.PERSONAL_KEY_PROPERTY)
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key",
            defaultValue = "phs_7V8NiynoWxwm681qR5Lc4pe0uloRMA04doecd32UACuBetd")
    String flagsSecureApiKey;

    @Inject
    @ConfigProperty(name = "posthog.poll-interval-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    @Inject
    @ConfigProperty(name = "posthog.debug", defaultValue = "false")
    boolean debug;

    @Inject
    @ConfigProperty(name = "flags.admin.dashboard-url")
    Optional<String> dashboardUrl;

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFlagsSecureApiKey() {
        return flagsSecureApiKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean isDebug() {
        return debug;
    }

    public Optional<String> getDashboardUrl() {
        return dashboardUrl;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String maskedPersonalKey() {
        if (!hasPersonalApiKey()) {
            return "<none>";
        }
        int n = ApiConstants.MASK_VISIBLE_CHARS;
        if (personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, n) + "..."
                + personalApiKey.substring(personalApiKey.length() - n);
    }

    public String personalKeyFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(personalApiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug + "}";
    }
}
