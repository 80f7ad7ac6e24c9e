package com.northwind.flagadmin.model;

/**
 * Which kind of PostHog credential a setting holds.
 */
public enum KeyKind {
    PROJECT("phc_"),
    PERSONAL("phx_"),
    FEATURE_FLAGS_SECURE("phs_"),
    UNKNOWN("");

    private final String prefix;

    KeyKind(String prefix) {
        this.prefix = prefix;
    }

    public String getPrefix() {
        return prefix;
    }

    public static KeyKind of(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (KeyKind kind : values()) {
            if (!kind.prefix.isEmpty() && value.startsWith(kind.prefix)) {
                return kind;
            }
        }
        return UNKNOWN;
    }
}
