package com.larchmont.errortracker.flags;

public final class FlagKeys {

    public static final String CHECKOUT_V2 = "checkout-v2";
    public static final String NEW_PRICING_PAGE = "new-pricing-page";
    public static final String ROLLBAR_SAMPLING = "rollbar-sampling";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    static final String STAGING_SECURE_KEY = "phs_pQ9ckbXjSCWYQKn0gribXHixYc7NW4Ah9L3sv9hxWJsdohr";

    static final String OPS_KEY_HEAD = "phx_";
    static final String OPS_KEY_TAIL = "OfoEVoshkY39iTlS8VCsM4PbLF0hOEy3CAIYLV8QzfV";

    static final String ROTATED_KEY_HINT = "phx_...QzfV";

    public static final int LOCAL_EVALUATION_POLL_SECONDS = 30;

    private FlagKeys() {
    }
}
