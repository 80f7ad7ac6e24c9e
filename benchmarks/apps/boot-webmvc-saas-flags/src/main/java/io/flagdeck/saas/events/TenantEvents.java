package io.flagdeck.saas.events;

/**
 * Application events published by the tenant service and consumed asynchronously.
 */
public final class TenantEvents {

    private TenantEvents() {
    }

    public record Onboarded(Long tenantId, String slug) {
    }

    public record PersonalKeyRotated(Long tenantId, String slug, int keyLength) {
    }
}
