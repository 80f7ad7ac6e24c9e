package com.northwind.flagadmin.service;

public class IntegrationSyncException extends RuntimeException {

    private final String tenantSlug;

    public IntegrationSyncException(String tenantSlug, String message) {
        super(message);
        this.tenantSlug = tenantSlug;
    }

    public IntegrationSyncException(String tenantSlug, String message, Throwable cause) {
        super(message, cause);
        this.tenantSlug = tenantSlug;
    }

    public String getTenantSlug() {
        return tenantSlug;
    }
}
