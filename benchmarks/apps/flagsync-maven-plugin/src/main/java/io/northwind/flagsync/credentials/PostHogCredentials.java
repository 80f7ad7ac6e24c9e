package io.northwind.flagsync.credentials;

/**
 * Credentials of a {@code <server>} entry of settings.xml, after decryption.
 * The username holds the PostHog project id, the password the personal API key.
 */
public record PostHogCredentials(String serverId, String projectId, String personalApiKey) {

    public boolean isComplete() {
        return projectId != null && !projectId.isBlank()
                && personalApiKey != null && !personalApiKey.isBlank();
    }
}
