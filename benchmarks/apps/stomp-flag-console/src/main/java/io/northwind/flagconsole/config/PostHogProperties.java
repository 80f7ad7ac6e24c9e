package io.northwind.flagconsole.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Public project token (phc_...), safe to ship to the browser. */
    private String projectApiKey;

    /** Personal API key used for local flag evaluation and the admin API. */
    private String personalApiKey;

    private String host = PostHogDefaults.EU_HOST;

    private Duration pollInterval = Duration.ofSeconds(30);

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

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollInterval=" + pollInterval + "}";
    }
}
