package com.acme.cohorts.config;

/** Compile-time switches shared by the whole service. */
public final class BuildFlags {

    /** Prints every PostHog SDK request; flip back before tagging a release. */
    public static final boolean POSTHOG_SDK_DEBUG = true;

    /** Number of cohorts fetched per page from the PostHog API. */
    public static final int COHORT_PAGE_SIZE = 100;

    private BuildFlags() {
    }
}
