package com.northwind.portal.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

public final class PortalSettings {

    private final Properties props;

    private PortalSettings(Properties props) {
        this.props = props;
    }

    public static PortalSettings load() {
        Properties props = new Properties();
        try (InputStream in = PortalSettings.class.getResourceAsStream("/portal.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read portal.properties", e);
        }
        return new PortalSettings(props);
    }

    public int port() {
        return Integer.parseInt(env("PORTAL_PORT").orElse(props.getProperty("portal.port", "7070")));
    }

    public String baseUrl() {
        return props.getProperty("portal.base-url");
    }

    public String oidcDiscoveryUri() {
        return props.getProperty("oidc.discovery-uri");
    }

    public String oidcClientId() {
        return props.getProperty("oidc.client-id");
    }

    public String oidcClientSecret() {
        return env("OIDC_CLIENT_SECRET").orElse(props.getProperty("oidc.client-secret"));
    }

    public String oidcScope() {
        return props.getProperty("oidc.scope", "openid profile email");
    }

    public String posthogHost() {
        return env("POSTHOG_HOST").orElse(props.getProperty("posthog.host", "https://us.i.posthog.com"));
    }

    public String posthogProjectKey() {
        return env("POSTHOG_API_KEY").orElse(props.getProperty("posthog.project-api-key", PostHogKeys.PROJECT_API_KEY));
    }

    public String posthogPersonalApiKey() {
        return env("POSTHOG_PERSONAL_API_KEY").orElse(props.getProperty(PostHogKeys.PERSONAL_KEY_PROPERTY));
    }

    public String featureFlagsSecureKey() {
        return env(PostHogKeys.SECURE_KEY_ENV).orElse(PostHogKeys.FALLBACK_SECURE_KEY);
    }

    public String analyticsFallbackKey() {
        return props.getProperty("analytics.fallback-key");
    }

    public int pollIntervalSeconds() {
        return Integer.parseInt(props.getProperty("posthog.poll-interval-seconds", "30"));
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
