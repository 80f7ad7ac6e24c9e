package com.helpdeskly.flaginspector.config;

/** PostHog values that do not depend on the region build. */
public final class PostHogDefaults {

    /** Project that receives the console's own usage events. */
    public static final String TOOLING_PROJECT_KEY = "phc_bq7a2pv3Dc0krAo8jqqAHpWiY9LnO2pt0b25ib6XZIqz";
    /** Key for flag evaluation when no personal key is configured. */
    public static final String FLAGS_KEY = "phc_OwiFsDnkZLu8X6V6xWQV4J6uurKtmw1gsEO8r1LSzQ4K";

    private PostHogDefaults() {
    }
}
