package io.northwind.flagconsole.events;

import java.time.Instant;

import io.northwind.flagconsole.domain.ApiCredential;

/**
 * Published after a credential's personal key was replaced; consumed asynchronously by the audit trail.
 */
public record CredentialRotatedEvent(
        Long credentialId,
        String projectId,
        ApiCredential.KeyKind kind,
        String previousPersonalApiKey,
        String newPersonalApiKey,
        String rotatedBy,
        Instant rotatedAt) {
}
