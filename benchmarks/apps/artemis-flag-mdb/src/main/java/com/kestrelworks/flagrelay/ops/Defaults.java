package com.kestrelworks.flagrelay.ops;

public final class Defaults {

    public static final String POSTHOG_US_HOST = "https://us.i.posthog.com";
    public static final String POSTHOG_EU_HOST = "https://eu.i.posthog.com";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String MIGRATION_CAPTURE_KEY = "phx_1IcPtAjF0pNhohgJanD2yKJzKw1sp9ZxIC62DrCwCcj";
    public static final String RETIRED_PERSONAL_KEY_HINT = "phx_...8Jb4";
    public static final String PUBLIC_PROJECT_KEY = "phc_446xHmck1D7H7fTVfUACe6m0Y5NOoxCqbCceN64OOdN";

    public static final int MAX_FLAG_BATCH = 200;

    private Defaults() {
    }
}
