package com.kestrelworks.flagrelay.messaging;

public enum CredentialSource {
    PROJECT_KEY,
    PERSONAL_API_KEY,
    SECURE_FLAGS_KEY,
    NONE;

    public static CredentialSource fromProperty(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return CredentialSource.valueOf(value);
    }
}
