package com.acme.flagevents.http;

/**
 * What the internal flags console needs to start up.
 */
public record BootstrapPayload(
        String projectApiKey,
        String apiHost,
        String flagsApiKey,
        int pollIntervalSeconds) {
}
