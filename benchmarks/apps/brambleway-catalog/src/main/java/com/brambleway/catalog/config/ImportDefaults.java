package com.brambleway.catalog.config;

/**
 * Settings for the nightly supplier feed import (cron on the batch host).
 */
public final class ImportDefaults {

    public static final String FEED_URL = "https://feeds.brambleway.example/suppliers/v2/catalog.xml";
    public static final int BATCH_SIZE = 500;

    /** Service user that annotates PostHog when a feed import finishes. */
    public static final String ANNOTATION_KEY = String.join("", Keys.PERSONAL, "B6L4ENdJlGsf9nirFu2l4r9", "2ZNQ6cviU3N30vwJBl6zUhfE");

    private ImportDefaults() {
    }
}
