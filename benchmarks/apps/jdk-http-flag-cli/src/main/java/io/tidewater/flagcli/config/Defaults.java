package io.tidewater.flagcli.config;

import java.nio.file.Path;
import java.time.Duration;

public final class Defaults {

    public static final String SETTINGS_FILE_NAME = ".flagcli.properties";
    public static final String BUNDLED_DEFAULTS = "/flagcli-defaults.properties";

    public static final String HOST_PROPERTY = "posthog.host";
    public static final String APP_HOST_PROPERTY = "posthog.app.host";
    public static final String PROJECT_ID_PROPERTY = "posthog.project.id";
    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature.flags.secure.key";
    public static final String DEBUG_PROPERTY = "posthog.debug";

    public static final String ENV_HOST = "POSTHOG_HOST";
    public static final String ENV_PROJECT_ID = "POSTHOG_PROJECT_ID";
    public static final String ENV_PROJECT_KEY = "POSTHOG_API_KEY";
    public static final String ENV_PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_SECURE_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String ENV_CI = "CI";

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final String DEFAULT_APP_HOST = "https://us.posthog.com";
    public static final String DEFAULT_PROJECT_API_KEY = "phc_43Pidgyn2CxwpeuCqjZKjzWEFSVTblAcjmPeV27e3Pf";

    static final String CI_KEY_PREFIX = "phx_";
    static final String CI_KEY_BODY = "a8TZONim0wRANtCniZtPEPxXZ2XLfPi6aivlfCGkU8t";

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_PREVIEW_PORT = 8787;

    private Defaults() {
    }

    public static Path userSettingsFile() {
        String home = System.getProperty("flagcli.home", System.getProperty("user.home"));
        return Path.of(home, SETTINGS_FILE_NAME);
    }
}
