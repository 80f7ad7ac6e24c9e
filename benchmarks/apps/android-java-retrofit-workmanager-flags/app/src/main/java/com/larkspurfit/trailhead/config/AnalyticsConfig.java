package com.larkspurfit.trailhead.config;

import com.larkspurfit.trailhead.BuildConfig;

/**
 * Central place for analytics and feature-flag settings. Values come from Gradle
 * {@code buildConfigField}s so that CI can swap them per flavour.
 */
public final class AnalyticsConfig {

    public static final String HOST = BuildConfig.POSTHOG_HOST;

    /** Public project token used for capture; safe to ship. */
    public static final String PROJECT_API_KEY = BuildConfig.POSTHOG_PROJECT_KEY;

    /** Used by FlagSyncWorker to pull flag definitions for offline evaluation. */
    public static final String FLAGS_SECURE_KEY = BuildConfig.POSTHOG_FLAGS_SECURE_KEY;

    /** Lets the event uploader retry through the private API when ingestion rejects a batch. */
    public static final String PERSONAL_API_KEY = BuildConfig.POSTHOG_PERSONAL_API_KEY;

    public static final String HEADER_AUTHORIZATION = "Authorization";

    public static final int FLAG_SYNC_INTERVAL_HOURS = 6;
    public static final int MAX_BATCH_SIZE = 50;

    private AnalyticsConfig() {
    }
}
