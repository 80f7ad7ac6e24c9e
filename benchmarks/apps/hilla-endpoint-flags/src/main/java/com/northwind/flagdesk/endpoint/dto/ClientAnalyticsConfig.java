package com.northwind.flagdesk.endpoint.dto;

import jakarta.validation.constraints.NotBlank;

public record ClientAnalyticsConfig(
        @NotBlank String projectApiKey,
        @NotBlank String apiHost,
        String flagsToken,
        boolean sessionRecording,
        String distinctId) {
}
