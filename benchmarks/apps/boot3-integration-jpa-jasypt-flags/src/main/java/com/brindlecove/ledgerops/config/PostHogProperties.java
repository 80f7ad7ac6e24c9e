package com.brindlecove.ledgerops.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml. Secret values arrive either from the
 * environment or as jasypt {@code ENC(...)} strings that are decrypted before binding.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://eu.i.posthog.com";
    private String privateApiHost = "https://eu.posthog.com";
    private String projectApiKey;
    private String personalApiKey;
    private String featureFlagsSecureKey;
    private boolean debug;
    private int pollIntervalSeconds = 30;

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }

    public String getPrivateApiHost() { return privateApiHost; }
    public void setPrivateApiHost(String privateApiHost) { this.privateApiHost = privateApiHost; }

    public String getProjectApiKey() { return projectApiKey; }
    public void setProjectApiKey(String projectApiKey) { this.projectApiKey = projectApiKey; }

    public String getPersonalApiKey() { return personalApiKey; }
    public void setPersonalApiKey(String personalApiKey) { this.personalApiKey = personalApiKey; }

    public String getFeatureFlagsSecureKey() { return featureFlagsSecureKey; }
    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) { this.featureFlagsSecureKey = featureFlagsSecureKey; }

    public boolean isDebug() { return debug; }
    public void setDebug(boolean debug) { this.debug = debug; }

    public int getPollIntervalSeconds() { return pollIntervalSeconds; }
    public void setPollIntervalSeconds(int pollIntervalSeconds) { this.pollIntervalSeconds = pollIntervalSeconds; }

    @Override
    public String toString() {
        return "PostHogProperties{host='" + host + "', projectApiKey='" + projectApiKey
                + "', personalApiKey='" + personalApiKey + "', debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
