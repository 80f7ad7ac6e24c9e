package com.brackenfield.telemetry.web;

/**
 * What the installer dashboard needs to start posthog-js and evaluate rollout flags.
 */
public record BootstrapDto(String projectKey, String apiHost, String flagsKey, String siteId) {

    public static BootstrapDto publicOnly(String projectKey, String apiHost) {
        return new BootstrapDto(projectKey, apiHost, null, null);
    }
}
