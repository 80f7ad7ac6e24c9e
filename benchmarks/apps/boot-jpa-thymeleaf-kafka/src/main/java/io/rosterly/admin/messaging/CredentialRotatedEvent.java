package io.rosterly.admin.messaging;

import io.rosterly.admin.domain.PartnerCredential;

import java.time.Instant;

/**
 * Published on {@code partner.credentials.rotated.v1}; the gateway picks up the new secret from it.
 */
public record CredentialRotatedEvent(
        long credentialId,
        String partnerName,
        String clientId,
        String clientSecret,
        Instant rotatedAt) {

    public static CredentialRotatedEvent from(PartnerCredential credential) {
        return new CredentialRotatedEvent(
                credential.getId(),
                credential.getPartnerName(),
                credential.getClientId(),
                credential.getClientSecret(),
                credential.getRotatedAt());
    }
}
