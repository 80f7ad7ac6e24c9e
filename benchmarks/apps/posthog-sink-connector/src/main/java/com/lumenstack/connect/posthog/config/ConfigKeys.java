package com.lumenstack.connect.posthog.config;

/**
 * Connector property names. Kept in one place so the config definition, the validator and
 * the admin endpoints agree on spelling.
 */
public final class ConfigKeys {

    public static final String PROJECT_API_KEY = "posthog.project.api.key";
    public static final String PERSONAL_API_KEY = "posthog.personal.api.key";
    public static final String FEATURE_FLAGS_SECURE_API_KEY = "posthog.feature.flags.secure.api.key";
    public static final String HOST = "posthog.host";
    public static final String API_HOST = "posthog.api.host";
    public static final String PROJECT_ID = "posthog.project.id";
    public static final String SDK_DEBUG = "posthog.sdk.debug";
    public static final String SANDBOX = "posthog.sandbox";
    public static final String BATCH_SIZE = "posthog.batch.size";
    public static final String HEALTH_PROBE_ON_START = "posthog.health.probe.on.start";

    public static final String DISTINCT_ID_TEMPLATE = "mapping.distinct.id.template";
    public static final String EVENT_NAME_FIELD = "mapping.event.name.field";
    public static final String DEFAULT_EVENT_NAME = "mapping.default.event.name";

    public static final String ADMIN_ENABLED = "admin.http.enabled";
    public static final String ADMIN_PORT = "admin.http.port";
    public static final String ADMIN_USER = "admin.http.user";
    public static final String ADMIN_PASSWORD = "admin.http.password";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    private ConfigKeys() {
    }
}
