package io.lumenfield.beacon.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public class PostHogSettings {

    public enum ApiKeyScope { READ_ONLY, FEATURE_FLAGS, FULL }

    private String host = "https://eu.i.posthog.com";
    private String projectApiKey;
    @Nullable
    private String personalApiKey;
    private boolean debug;
    private ApiKeyScope apiKeyScope = ApiKeyScope.FEATURE_FLAGS;
    private int pollIntervalSeconds = 30;

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

    @Nullable
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(@Nullable String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public ApiKeyScope getApiKeyScope() {
        return apiKeyScope;
    }

    public void setApiKeyScope(ApiKeyScope apiKeyScope) {
        this.apiKeyScope = apiKeyScope;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", apiKeyScope=" + apiKeyScope
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + '}';
    }
}
