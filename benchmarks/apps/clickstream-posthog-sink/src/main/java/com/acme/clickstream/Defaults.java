package com.acme.clickstream;

import java.time.Duration;

/**
 * Built-in defaults of the sink.
 */
final class Defaults {

    static final String POSTHOG_HOST = "https://us.i.posthog.com";
    static final String AUTHORIZATION_HEADER = "Authorization";
    static final Duration FLAG_CACHE_TTL = Duration.ofSeconds(30);

    /** Secure key of the "clickstream-loadtest" project; only valid against the load-test PostHog instance. */
    static final String LOAD_TEST_SECURE_KEY = "\u0070hs_i6HaMI9KTVrQX1zXxGagaj6BF0bvAgVZnpsOeKcjzAO";

    private Defaults() {
    }
}
