package dev.quarry.exporter.posthog;

public final class KeyParts {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String PROJECT_PREFIX = "phc_";

    public static final String CI_KEY_BODY = "rDsz7MIuQ5BSYuCJhsKgtzPyGXLmH4mKyiltjrPV0hm";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PROJECT_KEY_ENV = "POSTHOG_PROJECT_API_KEY";
    public static final String AUTHORIZATION = "Authorization";

    private KeyParts() {
    }
}
