package io.flagpulse.relay.web;

import io.flagpulse.relay.config.PostHogProperties;

/** What a freshly installed device needs to evaluate flags before its socket is up. */
public record BootstrapResponse(
        String host,
        String projectApiKey,
        String flagsSecureKey,
        int pollIntervalSeconds) {

    public static BootstrapResponse from(PostHogProperties props) {
        return new BootstrapResponse(
                props.getHost(),
                props.getApiKey(),
                props.getFlagsSecureKey(),
                props.getPollIntervalSeconds());
    }
}
