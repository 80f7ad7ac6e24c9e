package com.northwind.partners.data;

import java.time.Instant;

/**
 * OAuth client registration of a partner integration, loaded at login so the portal can show
 * the integration status.
 */
public record PartnerCredentials(long partnerId, String clientId, String clientSecret, Instant rotatedAt) {
}
