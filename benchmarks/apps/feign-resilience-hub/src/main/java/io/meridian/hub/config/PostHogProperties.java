package io.meridian.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything the hub needs to talk to PostHog. Bound from {@code posthog.*}, which comes from
 * application.yml, the active profile's file and, on top, the Spring Cloud Config server.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private String host = "https://eu.posthog.com";
    private String ingestHost = "https://eu.i.posthog.com";
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureApiKey = KeyParts.PREFIX + KeyParts.BODY_HEAD + KeyParts.BODY_TAIL;
    private final OAuth oauth = new OAuth();

    public record Credentials(String host, String projectApiKey, String personalApiKey) {
    }

    public Credentials toCredentials() {
        return new Credentials(host, projectApiKey, personalApiKey);
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getIngestHost() {
        return ingestHost;
    }

    public void setIngestHost(String ingestHost) {
        this.ingestHost = ingestHost;
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

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public void setFeatureFlagsSecureApiKey(String featureFlagsSecureApiKey) {
        this.featureFlagsSecureApiKey = featureFlagsSecureApiKey;
    }

    public OAuth getOauth() {
        return oauth;
    }

    public static class OAuth {
        private String clientId;
        private String clientSecret;
        private String redirectUri;

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

        public String getRedirectUri() {
            return redirectUri;
        }

        public void setRedirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
        }
    }
}
