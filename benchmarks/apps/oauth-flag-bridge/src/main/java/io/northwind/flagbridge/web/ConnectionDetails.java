package io.northwind.flagbridge.web;

import io.northwind.flagbridge.oauth.OAuthConnection;
import io.northwind.flagbridge.oauth.PostHogCredentials;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the console's flag inspector needs to talk to the connected PostHog project.
 */
public record ConnectionDetails(
        UUID id,
        String organisationId,
        String organisationName,
        Long projectId,
        String projectApiKey,
        String apiHost,
        String accessToken,
        Instant accessTokenExpiresAt,
        Set<String> scopes) {

    public static ConnectionDetails of(OAuthConnection connection, String apiHost) {
        PostHogCredentials credentials = connection.toCredentials();
        return new ConnectionDetails(
                connection.getId(),
                connection.getOrganisationId(),
                connection.getOrganisationName(),
                connection.getProjectId(),
                connection.getProjectApiKey(),
                apiHost,
                credentials.accessToken(),
                credentials.expiresAt(),
                credentials.scopes());
    }
}
