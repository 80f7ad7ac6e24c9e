package com.northwind.flaggate.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/**
 * Typed view over application.conf (HOCON), built once at start-up and handed to every handler.
 */
public final class AppSettings {

    public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";

    private final int port;
    private final String publicBaseUrl;
    private final String posthogHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureKey;
    private final String oauthClientId;
    private final String oauthTokenUrl;
    private final int tokenRefreshSkewSeconds;
    private final String adminUsername;
    private final String adminPassword;

    private AppSettings(Config root) {
        Config http = root.getConfig("http");
        Config posthog = root.getConfig("posthog");
        this.port = http.getInt("port");
        this.publicBaseUrl = http.getString("public-base-url");
        this.posthogHost = posthog.getString("host");
        this.projectApiKey = posthog.getString("api-key");
        this.personalApiKey = root.hasPath(PERSONAL_KEY_PATH)
                ? root.getString(PERSONAL_KEY_PATH)
                : LocalDevDefaults.PERSONAL_API_KEY;
        this.secureKey = posthog.getString("secure-key");
        this.oauthClientId = posthog.getString("oauth.client-id");
        this.oauthTokenUrl = posthog.getString("oauth.token-url");
        this.tokenRefreshSkewSeconds = posthog.getInt("oauth.token-refresh-skew-seconds");
        this.adminUsername = root.getString("admin.username");
        this.adminPassword = root.hasPath("admin.password") ? root.getString("admin.password") : null;
    }

    public static AppSettings load() {
        return new AppSettings(ConfigFactory.load());
    }

    public void requirePersonalKey() {
        if (personalApiKey == null || personalApiKey.isBlank()) {
            throw new IllegalStateException("Missing setting " + PERSONAL_KEY_PATH
                    + " (set POSTHOG_PERSONAL_API_KEY in the unit file)");
        }
    }

    public int getPort() {
        return port;
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public String getPosthogHost() {
        return posthogHost;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureKey() {
        return secureKey;
    }

    public String getOauthClientId() {
        return oauthClientId;
    }

    public String getOauthTokenUrl() {
        return oauthTokenUrl;
    }

    public int getTokenRefreshSkewSeconds() {
        return tokenRefreshSkewSeconds;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public String getAdminPassword() {
        return adminPassword;
    }
}
