package com.northwind.flagadmin.web.dto;

import com.northwind.flagadmin.domain.ProjectIntegration;
import java.time.Instant;

/** What the integration detail page renders. */
public record IntegrationView(String tenantSlug,
                              String displayName,
                              Long posthogProjectId,
                              String projectApiKey,
                              String personalApiKey,
                              Instant lastSyncedAt) {

    public static IntegrationView from(ProjectIntegration integration) {
        return new IntegrationView(
                integration.getTenantSlug(),
                integration.getDisplayName(),
                integration.getPosthogProjectId(),
                integration.getProjectApiKey(),
                integration.getPersonalApiKey(),
                integration.getLastSyncedAt());
    }
}
