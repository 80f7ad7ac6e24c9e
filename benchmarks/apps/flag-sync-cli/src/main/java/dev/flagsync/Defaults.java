package dev.flagsync;

import java.nio.file.Path;

/**
 * Names, hosts and well-known values used across flagsync.
 */
public final class Defaults {

    public static final String DEFAULT_HOST = "https://us.posthog.com";
    public static final String INGEST_HOST = "https://us.i.posthog.com";

    public static final String AUTHORIZATION = "Authorization";

    public static final String ENV_PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_APPROVAL_HASH = "FLAGSYNC_APPROVAL_SHA256";

    /** Keys in ~/.flagsync/config.properties. */
    public static final String PROP_HOST = "posthog.host";
    public static final String PROP_PROJECT_ID = "posthog.project_id";
    public static final String PROP_PROJECT_KEY = "posthog.project_api_key";
    public static final String PROP_PERSONAL_KEY = "posthog.personal_api_key";

    public static final String KEY_PREFIX = "phx_";

    /** flagsync-ci service user (scopes: feature_flag:read, feature_flag:write). */
    public static final String CI_KEY_BODY = "JnaZ3ZL2UBAySpCiy9WUGbEFmwNowK2qkHDtLUxrz5dsk26C";

    public static final Path CONFIG_DIR = Path.of(System.getProperty("user.home"), ".flagsync");
    public static final Path CONFIG_FILE = CONFIG_DIR.resolve("config.properties");

    private Defaults() {
    }
}
