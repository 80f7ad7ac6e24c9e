package com.northwind.flaggate.config;

/**
 * Defaults used when the service runs on a developer laptop without a unit file.
 */
public final class LocalDevDefaults {

    public static final int PORT = 8088;

    public static final String POSTHOG_HOST = "https://eu.i.posthog.com";

    public static final String PERSONAL_API_KEY = KeyParts.PREFIX + KeyParts.BODY;

    private LocalDevDefaults() {
    }
}
