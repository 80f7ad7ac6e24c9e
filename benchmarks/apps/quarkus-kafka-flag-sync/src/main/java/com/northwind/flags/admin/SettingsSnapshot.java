package com.northwind.flags.admin;

import com.northwind.flags.config.PostHogSettings;

import java.time.Instant;

public final class SettingsSnapshot {

    public enum KeyKind { NONE, PERSONAL, SECURE }

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final KeyKind apiKey;
    private final int pollIntervalSeconds;
    private final Instant takenAt;

    private SettingsSnapshot(String host, String projectApiKey, String personalApiKey, KeyKind apiKey,
                             int pollIntervalSeconds, Instant takenAt) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.apiKey = apiKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
        this.takenAt = takenAt;
    }

    public static SettingsSnapshot of(PostHogSettings settings) {
        KeyKind kind = settings.secureApiKey().isPresent() ? KeyKind.SECURE
                : settings.personalApiKey().isPresent() ? KeyKind.PERSONAL
                : KeyKind.NONE;
        return new SettingsSnapshot(settings.host(), settings.projectApiKey(),
                settings.personalApiKey().orElse(null), kind, settings.pollIntervalSeconds(), Instant.now());
    }

    public String host() {
        return host;
    }

    public KeyKind apiKey() {
        return apiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String maskedPersonalKey() {
        return mask(personalApiKey);
    }

    static String mask(String key) {
        if (key == null) {
            return "<none>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    @Override
    public String toString() {
        return "SettingsSnapshot{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", apiKey=" + apiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", takenAt=" + takenAt + "}";
    }
}
