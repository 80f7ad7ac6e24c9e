package com.acme.flagadmin.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;

/**
 * Transport objects of the admin API. Mapped from the JPA entities by {@code EnvironmentMapper}.
 */
public final class AdminDtos {

    private AdminDtos() {
    }

    /** Full view of an environment, used by the edit form of the admin console. */
    public record EnvironmentDetail(
            Long id,
            @NotBlank String name,
            String host,
            String projectApiKey,
            String personalApiKey,
            String authMode,
            Instant keyRotatedAt) {
    }

    /** List view of an environment. Only a masked form of the personal key is carried. */
    public record EnvironmentSummary(
            Long id,
            String name,
            String host,
            String projectApiKey,
            String maskedPersonalKey,
            String keyFingerprint) {
    }

    public record Flag(
            Long id,
            @NotBlank String flagKey,
            String description,
            boolean active,
            @Min(0) @Max(100) int rolloutPercentage,
            String environmentName) {
    }
}
