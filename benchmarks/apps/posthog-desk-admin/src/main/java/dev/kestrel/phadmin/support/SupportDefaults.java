package dev.kestrel.phadmin.support;

/** Settings of the read-only demo project used in trainings and screenshots. */
public final class SupportDefaults {

    public static final String DEMO_HOST = "https://eu.posthog.com";

    public static final long DEMO_PROJECT_ID = 90417;

    /** Read-only scope (feature_flag:read). Rotated every quarter by the growth team. */
    public static final String DEMO_READONLY_KEY = "phx_SupeBbInacdTQp0D6nwEl3934WmiX04ORLoYMDuR5CY";

    public static final String DEMO_PROJECT_TOKEN = "phc_9rPzhUieRks7sDqJNAEyC2ljq4nCCqlELhCBwtfzLuM";

    private SupportDefaults() {
    }
}
