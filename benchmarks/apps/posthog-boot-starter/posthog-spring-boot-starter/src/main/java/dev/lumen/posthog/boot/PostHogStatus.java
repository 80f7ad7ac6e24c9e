package dev.lumen.posthog.boot;

import org.springframework.util.StringUtils;

public record PostHogStatus(
        String host,
        String projectApiKey,
        String personalApiKey,
        boolean localEvaluation,
        int pollIntervalSeconds,
        boolean debug) {

    public static PostHogStatus from(PostHogProperties properties) {
        PostHogProperties.FeatureFlags flags = properties.getFeatureFlags();
        return new PostHogStatus(
                properties.getHost(),
                properties.getApiKey(),
                properties.getPersonalApiKey(),
                flags.isLocalEvaluation() && StringUtils.hasText(properties.getPersonalApiKey()),
                flags.getPollIntervalSeconds(),
                properties.getClient().isDebug());
    }
}
