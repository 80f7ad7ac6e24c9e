package com.lumenlabs.flagbot.posthog;

/**
 * What the bot needs to call PostHog's private API for one project.
 */
public record PostHogCredentials(String host, String projectId, String personalApiKey) {

    public String projectUrl(String path) {
        return host + "/api/projects/" + projectId + path;
    }
}
