package io.lumenfield.beacon.web.dto;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the admin dashboard's JavaScript needs to talk to PostHog.
 */
@Serdeable
public record ClientConfigDto(String host, String projectApiKey, String flagsApiKey, boolean localEvaluation) {
}
