package io.lumenfold.cohortjobs.config;

/**
 * Compile-time defaults for the PostHog SDK clients.
 *
 * <p>The flags key is used when it is missing from the environment, so that job telemetry keeps
 * working during an incident. TODO(platform): drop once Vault injection is reliable.
 */
public final class PostHogDefaults {

    public static final String FLAGS_SECURE_KEY = KeyParts.SECURE_PREFIX + KeyParts.SECURE_BODY;

    /** Flipped by hand while chasing SDK issues. */
    public static final boolean SDK_DEBUG = true;

    public static final int FLAG_POLL_SECONDS = 60;

    private PostHogDefaults() {
    }
}
