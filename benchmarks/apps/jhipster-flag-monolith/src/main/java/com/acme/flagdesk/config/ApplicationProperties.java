package com.acme.flagdesk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Properties specific to Flagdesk.
 * <p>
 * Properties are configured in the {@code application.yml} file.
 * See {@link tech.jhipster.config.JHipsterProperties} for a good example.
 */
@ConfigurationProperties(prefix = "application", ignoreUnknownFields = false)
public class ApplicationProperties {

    private final PostHog posthog = new PostHog();

    private final Liquibase liquibase = new Liquibase();

    public PostHog getPosthog() {
        return posthog;
    }

    public Liquibase getLiquibase() {
        return liquibase;
    }

    public static class PostHog {

        private String host = PostHogDefaults.DEFAULT_HOST;

        private String projectApiKey;

        private String personalApiKey;

        private String featureFlagsSecureApiKey = PostHogDefaults.SECURE_KEY_PREFIX + PostHogDefaults.SECURE_KEY_BODY;

        private Long projectId;

        private int pollIntervalSeconds = PostHogDefaults.DEFAULT_POLL_INTERVAL_SECONDS;

        private final OAuth oauth = new OAuth();

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
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

        public Long getProjectId() {
            return projectId;
        }

        public void setProjectId(Long projectId) {
            this.projectId = projectId;
        }

        public int getPollIntervalSeconds() {
            return pollIntervalSeconds;
        }

        public void setPollIntervalSeconds(int pollIntervalSeconds) {
            this.pollIntervalSeconds = pollIntervalSeconds;
        }

        public OAuth getOauth() {
            return oauth;
        }
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

    public static class Liquibase {

        private Boolean asyncStart = true;

        public Boolean getAsyncStart() {
            return asyncStart;
        }

        public void setAsyncStart(Boolean asyncStart) {
            this.asyncStart = asyncStart;
        }
    }
}
