package com.acme.flags.core.support;

/**
 * Thrown when PostHog answers 401/403 for a tenant's server-side key.
 */
public class PostHogKeyRejectedException extends RuntimeException {

    private final String tenantSlug;

    public PostHogKeyRejectedException(String tenantSlug, String key, int status) {
        super("PostHog rejected key " + key + " for tenant " + tenantSlug + " (HTTP " + status + ")");
        this.tenantSlug = tenantSlug;
    }

    public String getTenantSlug() {
        return tenantSlug;
    }
}
