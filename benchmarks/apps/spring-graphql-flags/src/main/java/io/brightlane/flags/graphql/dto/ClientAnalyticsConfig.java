package io.brightlane.flags.graphql.dto;

public record ClientAnalyticsConfig(
        String projectKey,
        String apiHost,
        String flagsSecureKey,
        boolean sessionRecording) {
}
