package com.tidewaterlabs.flagsync.kafka;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Published by the admin portal when somebody toggles a flag. The portal forwards the OAuth access
 * token of the PostHog user so the sync can act on their behalf.
 */
@Serdeable
public record FlagChangeEvent(
        String projectId,
        String flagKey,
        boolean active,
        String changedBy,
        String accessToken,
        CredentialKind secretKind,
        int tokenVersion) {

    public enum CredentialKind {
        OAUTH_ACCESS_TOKEN,
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY
    }
}
