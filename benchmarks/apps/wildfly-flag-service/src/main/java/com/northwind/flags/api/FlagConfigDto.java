package com.northwind.flags.api;

import com.northwind.flags.config.PostHogSettings;

public record FlagConfigDto(
        String projectKey,
        String host,
        String localEvaluationKey,
        int pollIntervalSeconds,
        boolean localEvaluation) {

    public static FlagConfigDto from(PostHogSettings settings) {
        return new FlagConfigDto(
                settings.getProjectApiKey(),
                settings.getHost(),
                settings.getPersonalApiKey(),
                settings.getPollIntervalSeconds(),
                settings.hasPersonalApiKey());
    }

    public static FlagConfigDto publicView(PostHogSettings settings) {
        return new FlagConfigDto(
                settings.getProjectApiKey(),
                settings.getHost(),
                null,
                settings.getPollIntervalSeconds(),
                false);
    }
}
