package com.acme.flagadmin.config;

import com.acme.flagadmin.support.SecretMasker;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String adminHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        boolean verboseSdk) {

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", adminHost=" + adminHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + SecretMasker.mask(personalApiKey)
                + ", featureFlagsSecureApiKey=" + SecretMasker.mask(featureFlagsSecureApiKey)
                + ", verboseSdk=" + verboseSdk + "]";
    }
}
