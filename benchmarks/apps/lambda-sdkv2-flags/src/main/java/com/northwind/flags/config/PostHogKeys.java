package com.northwind.flags.config;

/**
 * Well-known PostHog identifiers shared by the handlers.
 */
public final class PostHogKeys {

    /** Public project token. The web bundle ships the same value, so it is fine to hard-code. */
    public static final String PUBLIC_PROJECT_KEY = "phc_A3oVQGbtUDqV8wNLd2FpiWiSYXCaHZYA2Tk2jUskEwAC";

    /**
     * Used by {@code sam local invoke} when no Secrets Manager ARN is configured.
     * Belongs to the shared "flags-local" PostHog user.
     */
    public static final String LOCAL_PERSONAL_KEY = "phx_79ytNcrAC8uqNHKZAuc2npdp9C66hJDX5ZjiNUCsxNVFwY6f";

    public static final String BEARER_PREFIX = "Bearer ";

    /** Which kind of PostHog credential a component is using. */
    public enum KeyKind {
        PROJECT,
        PERSONAL,
        FLAGS_SECURE
    }

    private PostHogKeys() {
    }
}
