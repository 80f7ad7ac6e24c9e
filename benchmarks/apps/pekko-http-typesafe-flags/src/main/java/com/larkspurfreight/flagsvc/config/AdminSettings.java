package com.larkspurfreight.flagsvc.config;

import com.typesafe.config.Config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Credentials for the /admin routes and the PostHog OAuth app.
 */
public final class AdminSettings {

    private final String username;
    private final String password;
    private final String oauthTokenUrl;
    private final String oauthClientId;
    private final String oauthClientSecret;

    private AdminSettings(String username, String password, String oauthTokenUrl,
                          String oauthClientId, String oauthClientSecret) {
        this.username = username;
        this.password = password;
        this.oauthTokenUrl = oauthTokenUrl;
        this.oauthClientId = oauthClientId;
        this.oauthClientSecret = oauthClientSecret;
    }

    public static AdminSettings fromConfig(Config root) {
        Config c = root.getConfig("admin");
        return new AdminSettings(
                c.getString("username"),
                c.getString("password"),
                c.getString("oauth.token-url"),
                c.getString("oauth.client-id"),
                c.getString("oauth.client-secret"));
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String oauthTokenUrl() {
        return oauthTokenUrl;
    }

    public String oauthClientId() {
        return oauthClientId;
    }

    public String oauthClientSecret() {
        return oauthClientSecret;
    }

    /** Checks an {@code Authorization: Basic ...} header value against the configured admin account. */
    public boolean acceptsBasicAuth(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        String expected = username + ":" + password;
        return MessageDigest.isEqual(decoded.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
