package io.flagpulse.relay.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Project key of the shared "flagpulse-dev" project, used when nothing is configured. */
    public static final String DEFAULT_PROJECT_KEY = "phc_euz8afWZtVzbC9TguX9e2FqrPhkPnBfrFzc7LMXiCFJygkKX";

    /** Staging feature-flags secure key (body only), so `./gradlew bootRun` works without a .env. */
    static final String STAGING_SECURE_KEY_BODY = "NazVRqdkUoLnPFhNnwQVergRu3A6gCP6ysUrq5uZaEAqmtuw";

    private String host = "https://eu.i.posthog.com";
    private String apiKey;
    private String personalApiKey;
    private String flagsSecureKey;
    private int pollIntervalSeconds = 30;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public void setFlagsSecureKey(String flagsSecureKey) {
        this.flagsSecureKey = flagsSecureKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", apiKey=" + apiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + '}';
    }
}
