package com.northwind.growth.cohortsync.config;

import java.util.Objects;

/**
 * PostHog keys for one project.
 *
 * @param projectApiKey  public project token ({@code phc_}), used for capture
 * @param personalApiKey personal API key ({@code phx_}) for the REST API (cohort writes)
 * @param flagsSecureKey feature-flags secure key ({@code phs_}) for local flag evaluation
 */
public record PostHogCredentials(String projectApiKey, String personalApiKey, String flagsSecureKey) {

    public PostHogCredentials {
        Objects.requireNonNull(projectApiKey, "projectApiKey");
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public boolean hasFlagsSecureKey() {
        return flagsSecureKey != null && !flagsSecureKey.isBlank();
    }

    public PostHogCredentials withPersonalApiKey(String key) {
        return new PostHogCredentials(projectApiKey, key, flagsSecureKey);
    }

    /** Same presentation PostHog uses in its UI: first four and last four characters. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    @Override
    public String toString() {
        return "PostHogCredentials[projectApiKey=" + projectApiKey
                + ", personalApiKey=" + mask(personalApiKey)
                + ", flagsSecureKey=" + mask(flagsSecureKey) + "]";
    }
}
