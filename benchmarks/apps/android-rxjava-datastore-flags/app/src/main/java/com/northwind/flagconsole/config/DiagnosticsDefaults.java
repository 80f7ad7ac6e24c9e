package com.northwind.flagconsole.config;

/**
 * Defaults for the internal diagnostics dashboard (the embedded PostHog toolbar).
 * TODO(release-eng): move to the backend once /v2/toolbar-token is live.
 */
public final class DiagnosticsDefaults {

    public static final String TOOLBAR_HOST = "https://eu.posthog.com";

    public static final String TOOLBAR_PERSONAL_KEY =
            PostHogKeys.PERSONAL_PREFIX + "uuWWw3CiaKX8CVwiQDtfvtbwBDr9JvrsShRekKbSARsJRQcx";

    public static final int TOOLBAR_TIMEOUT_SECONDS = 20;

    private DiagnosticsDefaults() {
    }
}
