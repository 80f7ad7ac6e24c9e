package gg.lumenmc.flaggate.config;

/**
 * Names and defaults shared by the config loader and the PostHog clients.
 */
public final class KeyDefaults {

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    /** Paths inside config.toml. */
    public static final String PROJECT_KEY_PATH = "posthog.project_api_key";
    public static final String PERSONAL_KEY_PATH = "posthog.personal_api_key";
    public static final String SECURE_KEY_PATH = "posthog.secure_api_key";

    /** Overrides, named like the ones our Spring web backend uses. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_SECURE_API_KEY";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Project token of the shared "lumen-network" PostHog project (cross-server metrics). */
    public static final String NETWORK_PROJECT_KEY = "phc_qVj4kTuEL4pVNPSJYoeWnhnoknSeavMZJpc2XsGuNZMXNVYt";

    /** Values shipped in config.toml / .env.example that must be replaced before going live. */
    public static final String PLACEHOLDER_PERSONAL_KEY = "phx_xxx";
    public static final String PLACEHOLDER_MARKER = "<your-key>";

    /** Personal key of the ci-bot user; lets the staging proxy boot without a config volume. */
    static final String STAGING_KEY_PREFIX = "phx_";
    static final String STAGING_KEY_BODY = "pfZVNWZuDfyXofhjedfsyrxcLVSfRxSCY8DXwLkd5Co3dkPU";

    private KeyDefaults() {
    }
}
