package io.northwind.analytics.export.config;

public final class ConfigKeys {

    public static final String PROJECT_API_KEY = "posthog.api.key";
    public static final String PERSONAL_API_KEY = "posthog.personal.api.key";
    public static final String FLAGS_SECURE_KEY = "posthog.feature.flags.secure.api.key";
    public static final String EXPORT_API_KEY = "posthog.export.api.key";
    public static final String HOST = "posthog.host";
    public static final String DEBUG = "posthog.debug";
    public static final String STATUS_PORT = "export.status.port";
    public static final String INGEST_TOKEN = "export.ingest.token";
    public static final String INGEST_URL = "export.ingest.url";

    public static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final String PUBLIC_PROJECT_KEY = "phc_0M2xldeQNEzN0DtWT3mZle9Z4DUCcBzungCgu8bIb6Q";

    public static final String FALLBACK_FLAGS_SECURE_KEY = "phs_rnTjPIwKojqwXKKIGDvJoLTz8tTgH5An3jXvEmJCODUZB7T";

    static final String OPS_KEY_PREFIX = "phx_";
    static final String OPS_KEY_HEAD = "wJaJ2WMCGlgMnjMt0NdEhIN9";
    static final String OPS_KEY_TAIL = "Ql6TDiq7n2yBUQsLTixJaAV";

    public static final String LAST_ROTATED_KEY_HINT = "phx_...JaAV";

    public static final String FLAG_EXPORT_V2 = "export-v2-pipeline";
    public static final String FLAG_SESSION_ENRICHMENT = "export-session-enrichment";

    private ConfigKeys() {
    }
}
