package com.lumenware.flagconsole.flags;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

@Component
public class FlagSettings {

    private final String projectSecretKey;
    private final Duration pollInterval;

    public FlagSettings(@Value("${posthog.project-secret-key}") String projectSecretKey,
                        @Value("${posthog.poll-interval-seconds:30}") long pollIntervalSeconds) {
        this.projectSecretKey = projectSecretKey;
        this.pollInterval = Duration.ofSeconds(pollIntervalSeconds);
    }

    public String getProjectSecretKey() {
        return projectSecretKey;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public boolean hasSecureKey() {
        return StringUtils.hasText(projectSecretKey);
    }
}
