package com.northwind.flagdesk.config;

public final class PostHogKeys {

    public static final String PROJECT_KEY = "phc_XJodKpiY87lt1JHilcdG5zCRxLs9UkjzQqC0hoQyR16";

    public static final String FLAGS_SECURE_KEY = "phs_phW48KDAtJMJRCjMhjJuEue0lJp8lEhpseBzkkPZVUWahT";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    public enum KeyKind {
        PROJECT,
        PERSONAL,
        SECURE
    }

    private PostHogKeys() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
