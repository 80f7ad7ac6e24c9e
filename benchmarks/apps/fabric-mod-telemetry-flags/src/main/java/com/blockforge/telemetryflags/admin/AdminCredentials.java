package com.blockforge.telemetryflags.admin;

import com.blockforge.telemetryflags.config.PostHogDefaults;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Everything the admin CLI needs to talk to PostHog's private API. */
public final class AdminCredentials {

    public enum ApiKeyScope {
        FEATURE_FLAG_READ, FEATURE_FLAG_WRITE;

        public static ApiKeyScope requiredFor(String command) {
            return switch (command) {
                case "rollout", "kill" -> FEATURE_FLAG_WRITE;
                default -> FEATURE_FLAG_READ;
            };
        }
    }

    private final String apiHost;
    private final String projectId;
    private final String personalApiKey;
    private final String oauthClientId;
    private final String oauthRefreshToken;

    private AdminCredentials(String apiHost, String projectId, String personalApiKey,
                             String oauthClientId, String oauthRefreshToken) {
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
        this.oauthClientId = oauthClientId;
        this.oauthRefreshToken = oauthRefreshToken;
    }

    public static AdminCredentials load(Path overrideFile) throws IOException {
        Properties props = new Properties();
        try (InputStream in = AdminCredentials.class.getResourceAsStream("/admin/admin-cli.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        if (overrideFile != null && Files.exists(overrideFile)) {
            try (Reader reader = Files.newBufferedReader(overrideFile, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
        }

        String personal = System.getenv(PostHogDefaults.PERSONAL_KEY_ENV);
        if (personal == null || personal.isBlank()) {
            personal = props.getProperty(PostHogDefaults.PERSONAL_KEY_PROPERTY);
        }
        if (personal == null || personal.isBlank() || personal.startsWith("${")) {
            personal = PostHogDefaults.PERSONAL_KEY_PREFIX + PostHogDefaults.OPS_KEY_BODY;
        }

        return new AdminCredentials(
                props.getProperty("posthog.host", PostHogDefaults.PRIVATE_API_HOST),
                props.getProperty("posthog.project-id"),
                personal,
                props.getProperty("posthog.oauth.client-id"),
                props.getProperty("posthog.oauth.refresh-token"));
    }

    public String apiHost() {
        return apiHost;
    }

    public String projectId() {
        return projectId;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String oauthClientId() {
        return oauthClientId;
    }

    public String oauthRefreshToken() {
        return oauthRefreshToken;
    }

    @Override
    public String toString() {
        return "AdminCredentials{apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", personalApiKey=" + personalApiKey
                + ", oauthClientId=" + oauthClientId + "}";
    }
}
