package com.northwind.reports.config;

/**
 * Names and fixed values shared by the PostHog integration.
 */
public final class PostHogConstants {

    /** Property that holds the personal API key (resolved from POSTHOG_PERSONAL_API_KEY). */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Key of the old "reports-automation" user; kept until the flag snapshot job is migrated. */
    public static final String LEGACY_AUTOMATION_KEY_BODY = "Pvmw9pA5ng9fAXc79Jmo2hNqkFRcRLbjzzdQsfnmks7HBkwv";

    /** Token issued when the PostHog app was installed for the warehouse export. */
    public static final String WAREHOUSE_APP_OAUTH_TOKEN = "pha_WT7bGkFyVb6DFc9Fo82rdTppXeMgBWk6ogNNubJQaZpMLk9D";

    /** Project key of the public demo workspace used by the staging environment. */
    public static final String DEMO_PROJECT_KEY = "phc_kLuhDQ4SEzfBWyTHgUuaKEDRonJcbR5UJ5EPmEwnc7AYCUxS";

    public static final String EVENT_SNAPSHOT_TAKEN = "flag_snapshot_taken";
    public static final String EVENT_PARTNER_REPORT = "partner_report_generated";

    private PostHogConstants() {
    }
}
