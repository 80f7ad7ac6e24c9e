package io.flagdeck.saas.web.dto;

import io.flagdeck.saas.tenant.Tenant;

/** Credentials block used by the CLI's "flagdeck pull" command. */
public record TenantCredentials(
        String slug,
        Long posthogProjectId,
        String posthogHost,
        String projectApiKey,
        String personalApiKey) {

    public static TenantCredentials from(Tenant tenant) {
        return new TenantCredentials(
                tenant.getSlug(),
                tenant.getPosthogProjectId(),
                tenant.getPosthogHost(),
                tenant.getProjectApiKey(),
                tenant.getPersonalApiKey());
    }
}
