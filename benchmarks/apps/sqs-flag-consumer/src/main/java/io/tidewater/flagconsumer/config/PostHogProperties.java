package io.tidewater.flagconsumer.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private String host = "https://us.i.posthog.com";

    private String projectApiKey;

    private String personalApiKey;

    private String secureApiKey;

    private Duration flagRefresh = Duration.ofSeconds(30);

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

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public Duration getFlagRefresh() {
        return flagRefresh;
    }

    public void setFlagRefresh(Duration flagRefresh) {
        this.flagRefresh = flagRefresh;
    }
}
