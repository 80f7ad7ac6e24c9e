package com.quillstone.relay.config;

import java.util.Arrays;

/** The kinds of PostHog credentials, told apart by their prefix. */
public enum KeyFormat {

    PROJECT("phc_", false, "Project API key"),
    PERSONAL("phx_", true, "Personal API key"),
    SECURE("phs_", true, "Feature flags secure API key"),
    OAUTH_ACCESS("pha_", true, "OAuth access token"),
    OAUTH_REFRESH("phr_", true, "OAuth refresh token"),
    UNKNOWN("", true, "Unrecognised credential");

    private final String prefix;
    private final boolean secret;
    private final String label;

    KeyFormat(String prefix, boolean secret, String label) {
        this.prefix = prefix;
        this.secret = secret;
        this.label = label;
    }

    public static KeyFormat of(String key) {
        if (key == null) {
            return UNKNOWN;
        }
        return Arrays.stream(values())
                .filter(f -> !f.prefix.isEmpty() && key.startsWith(f.prefix))
                .findFirst()
                .orElse(UNKNOWN);
    }

    public boolean isSecret() {
        return secret;
    }

    public String label() {
        return label;
    }
}
