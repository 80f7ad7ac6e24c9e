package com.northwind.flagdesk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PostHog settings bound from {@code posthog.*}.
 *
 * <ul>
 *   <li>{@code project-api-key}: public project token, also used by posthog-js in the admin UI</li>
 *   <li>{@code personal-api-key}: personal key of the flagdesk service user, for the private REST API</li>
 *   <li>{@code secret-key}: feature-flags secure key, for local evaluation in the server SDK</li>
 * </ul>
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Ingestion host used by the SDK and the capture endpoint. */
    private String host = "https://eu.i.posthog.com";

    /** Host of the private REST API ({@code /api/projects/...}). */
    private String apiHost = "https://eu.posthog.com";

    private long projectId;

    private String projectApiKey;

    private String personalApiKey;

    private String secretKey;

    private final OAuth oauth = new OAuth();

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public void setApiHost(String apiHost) {
        this.apiHost = apiHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public OAuth getOauth() {
        return oauth;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + "', apiHost='" + apiHost + "', projectId=" + projectId
                + ", projectApiKey='" + projectApiKey + "', personalApiKey='" + personalApiKey
                + "', secretKey='" + (secretKey == null ? null : secretKey.substring(0, 4) + "****") + "'}";
    }

    /** OAuth app credentials for the PostHog OAuth token endpoint. */
    public static class OAuth {

        private String clientId;

        private String clientSecret;

        private String accessToken;

        private String refreshToken;

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public String getAccessToken() {
            return accessToken;
        }

        public void setAccessToken(String accessToken) {
            this.accessToken = accessToken;
        }

        public String getRefreshToken() {
            return refreshToken;
        }

        public void setRefreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
        }
    }
}
