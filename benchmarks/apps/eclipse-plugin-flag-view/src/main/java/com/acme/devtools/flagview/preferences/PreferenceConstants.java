package com.acme.devtools.flagview.preferences;

/**
 * Preference keys. Plain settings live in the instance scope of the bundle,
 * credentials live in Equinox secure storage under {@link #SECURE_NODE}.
 */
public final class PreferenceConstants {

    public static final String P_HOST = "posthog.host";
    public static final String P_INGEST_HOST = "posthog.ingestHost";
    public static final String P_PROJECT_ID = "posthog.projectId";
    public static final String P_PROJECT_API_KEY = "posthog.projectApiKey";
    public static final String P_REFRESH_MINUTES = "refresh.intervalMinutes";
    public static final String P_REFRESH_ON_STARTUP = "refresh.onStartup";
    public static final String P_LOCAL_EVALUATION = "sdk.localEvaluation";
    public static final String P_PROXY_HOST = "proxy.host";
    public static final String P_PROXY_PORT = "proxy.port";
    public static final String P_PROXY_USER = "proxy.user";

    /** Legacy plain-text location of the personal key (bundle default scope, preferences.ini). */
    public static final String P_LEGACY_PERSONAL_API_KEY = "posthog.personalApiKey";

    public static final String SECURE_NODE = "/com/acme/devtools/flagview";
    public static final String SECURE_PERSONAL_API_KEY = "posthog.personal-api-key";
    public static final String SECURE_PROXY_PASSWORD = "proxy.password";

    public static final String HEADER_AUTHORIZATION = "Authorization";

    private PreferenceConstants() {
    }
}
