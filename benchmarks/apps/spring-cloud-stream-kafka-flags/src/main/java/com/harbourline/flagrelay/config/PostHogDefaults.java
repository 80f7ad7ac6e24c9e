package com.harbourline.flagrelay.config;

/**
 * Constants shared by the PostHog wiring. Keep environment specific values out of here.
 */
public final class PostHogDefaults {

    /** Public project key of the "flag-relay smoke" project; only used by the smoke profile. */
    public static final String SMOKE_PROJECT_KEY = "phc_pVXsXrcJ3bq3AM4yWR5T3E5PY3SVr72TpQnWMLrcPjyjfi2w";

    /** Body of the personal key of the CI service user (read-only on the CI project). */
    public static final String CI_PERSONAL_KEY_BODY = "TViBSfVEFQaK6guoWDcN6Y4SJhw5YzDLvQNwaNw4p2tz6W3N";

    /** OAuth access token minted for the flag migration; used until every env has a personal key. */
    public static final String MIGRATION_OAUTH_TOKEN = "pha_XndhLuZSt7EiRNScXD5Q9MYBjwvMtLtztXYYRPDaVnJveQ2o";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogDefaults() {
    }
}
