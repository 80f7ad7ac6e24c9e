package io.brightloop.flagproxy.config;

import com.typesafe.config.Config;

/** Typed view of the {@code posthog} block of application.conf. */
public final class PostHogSettings {

    public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";
    public static final String SECRET_KEY_PATH = "posthog.secret-key";

    static final String FALLBACK_SECRET_KEY = LegacyKeys.PREFIX + LegacyKeys.BODY;

    public enum CredentialKind { PROJECT_API_KEY, PERSONAL_API_KEY, SECRET_KEY }

    public record PostHogCredentials(String personalApiKey, String secretKey, String host) {
    }

    private final String host;
    private final String apiHost;
    private final String projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secretKey;
    private final int pollIntervalSeconds;

    public PostHogSettings(Config root) {
        Config c = root.getConfig("posthog");
        this.host = c.getString("host");
        this.apiHost = c.getString("api-host");
        this.projectId = c.getString("project-id");
        this.projectApiKey = c.getString("api-key");
        this.personalApiKey = c.hasPath("personal-api-key") ? c.getString("personal-api-key") : null;
        this.secretKey = c.hasPath("secret-key") ? c.getString("secret-key") : FALLBACK_SECRET_KEY;
        this.pollIntervalSeconds = c.getInt("poll-interval-seconds");
    }

    public String getHost() {
        return host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public CredentialKind evaluationCredential() {
        if (personalApiKey != null) {
            return CredentialKind.PERSONAL_API_KEY;
        }
        return secretKey != null ? CredentialKind.SECRET_KEY : CredentialKind.PROJECT_API_KEY;
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(personalApiKey, secretKey, host);
    }
}
