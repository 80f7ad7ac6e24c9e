package com.brightlane.flagdesk.dto;

import java.time.Instant;

/**
 * Full workspace view for the admin console.
 */
public record WorkspaceDto(Long id,
                           String slug,
                           String displayName,
                           long projectId,
                           String posthogProjectKey,
                           String posthogSecretKey,
                           int flagCount,
                           Instant lastSyncedAt) {

    /** List view: no credentials. */
    public record Summary(Long id, String slug, String displayName, long projectId, int flagCount) {
    }
}
