package com.fieldcrew.flags.config;

import androidx.annotation.NonNull;

import com.fieldcrew.flags.BuildConfig;

/**
 * Keys the staff build needs for local flag evaluation.
 */
public final class AdminCredentials {

    public enum CredentialKind {
        API_KEY,
        SESSION_TOKEN,
        OAUTH
    }

    private final String personalApiKey;
    private final String flagsSecureKey;
    private final CredentialKind kind;

    public AdminCredentials(String personalApiKey, String flagsSecureKey, CredentialKind kind) {
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
        this.kind = kind;
    }

    public static AdminCredentials fromBuildConfig() {
        return new AdminCredentials(
                BuildConfig.POSTHOG_PERSONAL_API_KEY,
                BuildConfig.POSTHOG_FLAGS_SECURE_KEY,
                CredentialKind.API_KEY);
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public CredentialKind getKind() {
        return kind;
    }

    public boolean isConfigured() {
        return personalApiKey != null
                && !personalApiKey.isEmpty()
                && !PostHogKeys.PERSONAL_KEY_PLACEHOLDER.equals(personalApiKey);
    }

    @NonNull
    @Override
    public String toString() {
        return "AdminCredentials{kind=" + kind
                + ", personalApiKey=" + personalApiKey
                + ", flagsSecureKey=" + flagsSecureKey + "}";
    }
}
