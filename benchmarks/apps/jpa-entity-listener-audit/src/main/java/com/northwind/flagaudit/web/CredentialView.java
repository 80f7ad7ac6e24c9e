package com.northwind.flagaudit.web;

import com.northwind.flagaudit.domain.TenantPostHogCredential;
import java.time.Instant;

public record CredentialView(
        String tenantId,
        String projectApiKey,
        String personalApiKey,
        String host,
        int tokenVersion,
        String createdBy,
        Instant createdAt) {

    public static CredentialView from(TenantPostHogCredential credential) {
        return new CredentialView(
                credential.getTenantId(),
                credential.getProjectApiKey(),
                credential.getPersonalApiKey(),
                credential.getHost(),
                credential.getTokenVersion(),
                credential.getCreatedBy(),
                credential.getCreatedAt());
    }
}
