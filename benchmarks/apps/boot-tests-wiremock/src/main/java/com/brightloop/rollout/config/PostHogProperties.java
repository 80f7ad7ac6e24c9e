package com.brightloop.rollout.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String apiKey,
        String personalApiKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String privateApiHost,
        String projectId,
        @DefaultValue("30") int pollIntervalSeconds) {

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", privateApiHost=" + privateApiHost
                + ", projectId=" + projectId
                + ", apiKey=" + apiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "]";
    }
}
