package gg.lumenmc.flaggate.config;

import java.util.Locale;

/**
 * Which PostHog credential authenticates local flag evaluation.
 */
public enum ApiKeyType {
    PERSONAL,
    SECURE;

    public static ApiKeyType fromConfig(String value) {
        if (value == null || value.isBlank()) {
            return SECURE;
        }
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String displayName() {
        return this == SECURE ? "feature flags secure" : "personal";
    }
}
