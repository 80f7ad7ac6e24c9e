package com.northwind.flagsync.config;

import com.northwind.flagsync.support.PostHogKeys;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * PostHog settings. {@code personalApiKey} is used for the private feature-flag API and local
 * evaluation, {@code secureFlagsKey} is the project's feature-flags secure API key.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String secureFlagsKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String appHost,
        long projectId,
        @DefaultValue("30") int pollIntervalSeconds) {

    public PostHogProperties {
        if (!StringUtils.hasText(secureFlagsKey)) {
            secureFlagsKey = PostHogKeys.STAGING_SECURE_KEY;
        }
    }

    public boolean hasPersonalApiKey() {
        return StringUtils.hasText(personalApiKey);
    }

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", appHost=" + appHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + PostHogKeys.mask(personalApiKey)
                + ", secureFlagsKey=" + secureFlagsKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "]";
    }
}
