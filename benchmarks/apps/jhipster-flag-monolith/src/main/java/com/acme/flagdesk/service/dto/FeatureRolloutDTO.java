package com.acme.flagdesk.service.dto;

import jakarta.validation.constraints.*;
import java.io.Serializable;
import java.time.Instant;

/**
 * A DTO for the {@link com.acme.flagdesk.domain.FeatureRollout} entity.
 */
public record FeatureRolloutDTO(
    Long id,
    @NotNull @Size(max = 200) String flagKey,
    @NotNull @Min(0) @Max(100) Integer rolloutPercentage,
    Boolean enabled,
    Instant lastSyncedAt
) implements Serializable {}
