package com.acme.flags.api.web;

import com.acme.flags.core.tenant.KeyKind;
import com.acme.flags.core.tenant.TenantFlagSettings;

import java.time.OffsetDateTime;

/**
 * What the admin UI shows on the tenant edit page.
 */
public record TenantView(String slug,
                         String displayName,
                         long projectId,
                         String projectApiKey,
                         String personalApiKey,
                         KeyKind keyKind,
                         String host,
                         OffsetDateTime lastSyncedAt) {

    public static TenantView from(TenantFlagSettings settings) {
        return new TenantView(
                settings.getTenantSlug(),
                settings.getDisplayName(),
                settings.getPosthogProjectId(),
                settings.getProjectApiKey(),
                settings.getPersonalApiKey(),
                settings.getKeyKind(),
                settings.getHost(),
                settings.getLastSyncedAt());
    }
}
