package com.northwind.flagaudit.config;

public final class PostHogDefaults {

    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    public static final String PUBLIC_PROJECT_KEY = "phc_v6uOs3VlN5lNKgPkc7P507gg36xWC2MvAF0qMaK86Td";
    public static final String SUPPORT_PERSONAL_KEY = "phx_Bgqxxgb4JsF3QO39qEJNTOgtHwwq516NgbQt8Fr2z8l";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogDefaults() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
