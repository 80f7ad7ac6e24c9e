package io.flagpulse.android.config;

/**
 * Wire-level names shared by the socket client, the worker and the provider.
 * Nothing in here is a credential: values are header names, preference keys and paths.
 */
public final class PulseConfig {

    public static final String HEADER_API_KEY = "X-Api-Key";
    public static final String HEADER_DEVICE_ID = "X-Device-Id";

    public static final String PREFS_FILE = "flagpulse_secure_prefs";
    public static final String PREF_RELAY_TOKEN = "relay_session_token";
    public static final String PREF_SESSION_ID = "relay_session_id";
    public static final String PREF_DEVICE_ID = "device_id";
    public static final String PREF_FLAG_SNAPSHOT = "flag_snapshot_json";

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";
    public static final String FLAGS_PATH = "/flags/?v=2";
    public static final String RELAY_SOCKET_PATH = "/ws/flags";

    public static final String ACTION_REFRESH_FLAGS = "io.flagpulse.android.action.REFRESH_FLAGS";
    public static final String EXTRA_AUTH_TOKEN = "io.flagpulse.android.extra.AUTH_TOKEN";

    public static final int SOCKET_NORMAL_CLOSE = 1000;
    public static final long PING_INTERVAL_SECONDS = 20;

    private PulseConfig() {
    }
}
