package com.guildpulse.flagbot.analytics;

public enum ApiKeyKind {
    PROJECT,
    PERSONAL,
    SECURE,
    UNKNOWN;

    public boolean isSecret() {
        return this == PERSONAL || this == SECURE;
    }
}
