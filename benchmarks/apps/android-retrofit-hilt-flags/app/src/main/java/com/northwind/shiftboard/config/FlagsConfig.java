package com.northwind.shiftboard.config;

import androidx.annotation.Nullable;

import com.northwind.shiftboard.BuildConfig;

import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * PostHog settings for the feature-flag debug tooling. Values come from BuildConfig so that the
 * flavour/CI pipeline decides what ends up in the build.
 */
@Singleton
public class FlagsConfig {

    /** Which PostHog credential a request was made with; shown on the debug screen. */
    public enum KeyKind { PROJECT, PERSONAL, SECURE }

    public static final String AUTHORIZATION_HEADER = "Authorization";

    /** Body of the feature-flags secure key; the repository adds the prefix. */
    public static final String FLAGS_SECURE_KEY_BODY = "sRadUgQRcsqYxbcibaYbEfTDp3QsBEVYNjKRwEE7FgBzXkph";

    public static final String POSTHOG_APP_HOST = "us.posthog.com";

    @Inject
    public FlagsConfig() {
    }

    public String projectKey() {
        return BuildConfig.POSTHOG_PROJECT_KEY;
    }

    public String host() {
        return BuildConfig.POSTHOG_HOST;
    }

    public String projectId() {
        return BuildConfig.POSTHOG_PROJECT_ID;
    }

    @Nullable
    public String personalApiKey() {
        String key = BuildConfig.POSTHOG_PERSONAL_API_KEY;
        return key == null || key.isEmpty() ? null : key;
    }

    public boolean hasPersonalKey() {
        return personalApiKey() != null;
    }
}
