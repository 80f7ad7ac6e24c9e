package com.acme.flags.dto;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What the settings page of the internal flags console shows. */
@Serdeable
public record ProjectSettingsResponse(String projectId,
                                      String host,
                                      String projectApiKey,
                                      String personalApiKey,
                                      long activeFlags,
                                      Instant lastSync) {
}
