package io.tallgrass.flagrelay.dto;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the web and mobile front ends fetch on start-up to initialise posthog-js / posthog-android.
 */
@Serdeable
public record ClientBootstrap(
        String apiKey,
        String apiHost,
        String flagsKey,
        boolean localEvaluation) {
}
