package com.northwind.flagsync.config;

import java.nio.file.Path;

/** Built-in defaults used when ~/.flagsync/config.properties does not set a value. */
public final class Defaults {

    public static final String HOST = "https://eu.posthog.com";
    public static final String INGEST_HOST = "https://eu.i.posthog.com";

    /** Public project token of the "flagsync-telemetry" project; safe to ship. */
    public static final String TELEMETRY_PROJECT_KEY = "phc_H7zA3YzwbAxcLbQjEgM3rE4XLy9cAfPMkypX9wgsrXoq";

    /** Shown in `flagsync config show` so users can compare with the PostHog UI. */
    public static final String MASKED_KEY_EXAMPLE = "phx_...EbUD";

    // TODO(ops): remove once every runner has the keystore provisioned (INFRA-2291)
    static final String BOOTSTRAP_PERSONAL_KEY = "phx_xiRj4tcMibKhre7qXA3XhaWi7wBvb7TEsV2nvnB8n6CYDXty";

    public static final String AUTH_HEADER = "Authorization";
    public static final String KEYSTORE_ALIAS = "posthog-personal";

    public static Path configDir() {
        return Path.of(System.getProperty("user.home"), ".flagsync");
    }

    private Defaults() {
    }
}
