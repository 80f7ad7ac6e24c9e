package com.relaymesh.streamrelay.admin;

import java.util.List;

import com.relaymesh.streamrelay.config.PostHogProperties;

public record PostHogConfigView(
        String host,
        String projectApiKey,
        String personalApiKey,
        int pollIntervalSeconds,
        boolean localEvaluation,
        List<String> watchedFlags) {

    public static PostHogConfigView from(PostHogProperties properties) {
        return new PostHogConfigView(
                properties.getHost(),
                properties.getProjectApiKey(),
                properties.getPersonalApiKey(),
                properties.getPollIntervalSeconds(),
                properties.isLocalEvaluation(),
                List.copyOf(properties.getWatchedFlags()));
    }
}
