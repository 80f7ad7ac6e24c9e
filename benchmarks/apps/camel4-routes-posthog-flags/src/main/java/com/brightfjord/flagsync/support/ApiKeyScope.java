package com.brightfjord.flagsync.support;

/**
 * Which PostHog credential a call needs.
 */
public enum ApiKeyScope {
    PROJECT,
    PERSONAL,
    FEATURE_FLAGS_SECURE;

    public boolean isSecret() {
        return this != PROJECT;
    }
}
