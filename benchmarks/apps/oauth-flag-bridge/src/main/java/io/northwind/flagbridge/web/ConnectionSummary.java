package io.northwind.flagbridge.web;

import io.northwind.flagbridge.oauth.OAuthConnection;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record ConnectionSummary(
        UUID id,
        String organisationName,
        Long projectId,
        OAuthConnection.Status status,
        boolean refreshable,
        Instant accessTokenExpiresAt,
        Set<String> scopes) {

    public static ConnectionSummary from(OAuthConnection connection) {
        return new ConnectionSummary(
                connection.getId(),
                connection.getOrganisationName(),
                connection.getProjectId(),
                connection.getStatus(),
                connection.getRefreshToken() != null,
                connection.getAccessTokenExpiresAt(),
                connection.getScopeSet());
    }
}
