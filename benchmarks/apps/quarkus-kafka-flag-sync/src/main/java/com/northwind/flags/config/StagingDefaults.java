package com.northwind.flags.config;

public final class StagingDefaults {

    public static final String HOST = "https://eu.i.posthog.com";

    public static final String PROJECT_KEY = "phc_b2aeo3PiUYtRKrh9iW5y3wH4aW8XTNMmjLWxB4tKHLTS";

    public static final String PERSONAL_KEY = "phx_I4Ka7b5Pl65mUxUa8smsDl4mnKDNGj41qJjMBob4fmK";

    public static final int POLL_INTERVAL_SECONDS = 60;

    private StagingDefaults() {
    }
}
