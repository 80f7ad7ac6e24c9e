package com.northwind.flags.posthog;

/**
 * Raised when a PostHog credential cannot be loaded or does not look right.
 */
public class PostHogConfigException extends RuntimeException {

    public PostHogConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    public static PostHogConfigException invalidPersonalKey(String key, Throwable cause) {
        return new PostHogConfigException(
                "PostHog key '" + key + "' is not a personal or feature-flags secure API key", cause);
    }

    public static PostHogConfigException missing(String what) {
        return new PostHogConfigException(what + " is not configured", null);
    }
}
