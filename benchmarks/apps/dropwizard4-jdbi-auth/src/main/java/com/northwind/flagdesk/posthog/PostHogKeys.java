package com.northwind.flagdesk.posthog;

/** Key prefixes, well-known header names and the public project token. */
public final class PostHogKeys {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String PROJECT_PREFIX = "phc_";

    /** Public token of the "Flag Desk sandbox" project; it is embedded in the SPA anyway. */
    public static final String SANDBOX_PROJECT_API_KEY = "phc_VWq8oQf6fsC94tvNHA2RacvGPj6uh7gH77FZ6ABvgt7J2jyr";

    /** Shown in validation errors so operators know what shape of value to paste. */
    public static final String PERSONAL_KEY_EXAMPLE = "phx_your_personal_api_key";

    /** Header our own API clients use to pass a desk token (instead of basic auth). */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** OAuth access token of the flagdesk-bot app; read-only fallback when no personal key is set. */
    static final String BOT_OAUTH_TOKEN = "pha_QsBxhFDKrFoqaSNf8mcAeKeusuDF5KS6cYbiMYE4TFyAYhMG";

    private PostHogKeys() {
    }

    /** Same shape PostHog uses in its UI: first four characters, rest hidden. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    public static boolean isPersonalKey(String key) {
        return key != null && key.startsWith(PERSONAL_PREFIX);
    }
}
