package com.northwind.portal.config;

public final class PortalKeys {

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String DEFAULT_PROJECT_KEY = "phc_8lg4GkPPHcPqY6ndZgSkyckvDhjvG54jI5bz2cvyTBx";
    static final String LEGACY_PERSONAL_KEY = "phx_m3TdmnAJT1RXwb4X2QvHPv96rs29vmNM2yIYGC8cHsx";

    private static volatile String projectKey = DEFAULT_PROJECT_KEY;
    private static volatile String personalKey;
    private static volatile String secureKey;
    private static volatile String host = "https://eu.i.posthog.com";

    private PortalKeys() {
    }

    public static void configure(String project, String personal, String secure, String apiHost) {
        if (project != null && !project.isBlank()) {
            projectKey = project;
        }
        personalKey = personal != null && !personal.isBlank() ? personal : LEGACY_PERSONAL_KEY;
        secureKey = secure;
        if (apiHost != null) {
            host = apiHost;
        }
    }

    public static String projectKey() {
        return projectKey;
    }

    public static String personalKey() {
        return personalKey;
    }

    public static String secureKey() {
        return secureKey;
    }

    public static String host() {
        return host;
    }

    public static String masked(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
