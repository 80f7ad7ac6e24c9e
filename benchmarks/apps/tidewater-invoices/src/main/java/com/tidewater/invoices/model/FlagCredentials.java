package com.tidewater.invoices.model;

/**
 * Credentials used by the flag admin client. {@link #toString()} never prints the secret.
 */
public record FlagCredentials(String projectId, String personalApiKey) {

    @Override
    public String toString() {
        String shown = personalApiKey == null || personalApiKey.length() < 8
                ? "********"
                : personalApiKey.substring(0, 4) + "...";
        return "FlagCredentials[projectId=" + projectId + ", personalApiKey=" + shown + "]";
    }
}
