package com.acme.flags.core.tenant;

/**
 * Everything needed to talk to one tenant's PostHog project.
 */
public record TenantCredentials(String tenantSlug,
                                long projectId,
                                String projectApiKey,
                                String personalApiKey,
                                String host) {

    @Override
    public String toString() {
        return "TenantCredentials[tenant=" + tenantSlug
                + ", projectId=" + projectId
                + ", host=" + host
                + ", personalApiKey=" + personalApiKey + "]";
    }
}
