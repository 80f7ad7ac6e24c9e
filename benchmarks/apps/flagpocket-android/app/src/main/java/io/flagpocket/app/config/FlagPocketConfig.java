package io.flagpocket.app.config;

/**
 * Static configuration of the FlagPocket app. Values that differ per build type come from
 * {@code BuildConfig}; everything here is the same for every build.
 */
public final class FlagPocketConfig {

    public static final String RELAY_BASE_URL = "https://relay.flagpocket.io/";
    public static final String STAGING_RELAY_BASE_URL = "https://relay.staging.flagpocket.io/";
    public static final String INSPECTOR_URL = "https://inspector.flagpocket.io/";

    /** Header the relay reads the device session from. */
    public static final String SESSION_HEADER = "X-Session-Token";

    public static final String PREFS_NAME = "flagpocket_session";
    public static final String SYNC_WORK_NAME = "flag-sync";
    public static final int SYNC_INTERVAL_MINUTES = 30;

    /** Read-only key the in-app flag inspector page uses to list flag definitions. */
    public static final String INSPECTOR_KEY = AppSecrets.PH_PREFIX + AppSecrets.PH_BODY;

    private FlagPocketConfig() {
    }
}
