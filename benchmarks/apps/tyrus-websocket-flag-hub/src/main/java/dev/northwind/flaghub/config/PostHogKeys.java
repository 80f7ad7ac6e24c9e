package dev.northwind.flaghub.config;

/**
 * Well-known PostHog values shared by the hub. Only the project key is meant to be public.
 */
public final class PostHogKeys {

    /** Public project token, also embedded in the browser snippet. */
    public static final String PUBLIC_PROJECT_KEY = "phc_V6NMZouoegYf5mkmNAocBXyU32uJm93WDT76Ptge3HGm";

    /** Shown in the admin console when no personal key is configured. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_key_here";

    /** Secure key of the staging project, used when the env var is missing on staging boxes. */
    public static final String STAGING_SECURE_KEY = "phs_oYVLsGr7Jb6VRvEwBoTPgvsBkfMfKeLAygkVMna8FYPsFrYL";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    private PostHogKeys() {
    }
}
