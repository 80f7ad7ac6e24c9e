package dev.orbitly.cohorts.secrets;

/** PostHog key prefixes, used for sanity checks on values pulled from Secrets Manager. */
public final class KeyPrefixes {

    public static final String PROJECT = "phc_";
    public static final String PERSONAL = "phx_";
    public static final String PROJECT_SECRET = "phs_";

    private KeyPrefixes() {
    }

    public static boolean looksLikePersonalKey(String value) {
        return value != null && value.startsWith(PERSONAL) && value.length() >= 40;
    }

    public static boolean looksLikeProjectKey(String value) {
        return value != null && value.startsWith(PROJECT);
    }
}
