package dev.flagsync.config;

import java.util.Objects;

/**
 * Everything flagsync needs to talk to one PostHog project.
 *
 * @param host           PostHog app host, e.g. https://us.posthog.com
 * @param projectId      numeric project id
 * @param projectApiKey  public project token (phc_...)
 * @param personalApiKey personal API key (phx_...) with feature_flag scopes
 */
public record Credentials(String host, String projectId, String projectApiKey, String personalApiKey) {

    public Credentials {
        Objects.requireNonNull(host, "host");
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public Credentials withPersonalKey(String key) {
        return new Credentials(host, projectId, projectApiKey, key);
    }

    /** PostHog's display format: first 4 + "..." + last 4. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public String maskedPersonalKey() {
        return mask(personalApiKey);
    }
}
