package io.flagdeck.saas.web.dto;

import io.flagdeck.saas.tenant.Tenant;

import java.time.Instant;

/** Public view of a tenant: the project token is meant for browsers, so it is included. */
public record TenantSummary(
        Long id,
        String slug,
        String displayName,
        String projectApiKey,
        String posthogHost,
        boolean personalKeyConfigured,
        Instant createdAt) {

    public static TenantSummary from(Tenant tenant) {
        return new TenantSummary(
                tenant.getId(),
                tenant.getSlug(),
                tenant.getDisplayName(),
                tenant.getProjectApiKey(),
                tenant.getPosthogHost(),
                tenant.getPersonalApiKey() != null,
                tenant.getCreatedAt());
    }
}
