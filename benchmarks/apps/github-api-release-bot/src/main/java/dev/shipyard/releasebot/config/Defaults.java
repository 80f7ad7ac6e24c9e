package dev.shipyard.releasebot.config;

/**
 * Values that apply when neither the environment nor {@code releasebot.properties} set them.
 */
public final class Defaults {

    public static final String POSTHOG_HOST = "https://us.i.posthog.com";

    /** Public project token of the "Release bot" project; used for flag checks when nothing else is set. */
    public static final String PUBLIC_PROJECT_KEY = "phc_SYQTkkGcL5y7GaHbPGpTj9CRXZNr9CJwWBND4xwNqCGK";

    /** Kept so that local runs work without exporting anything. Rotate before the 1.0 release. */
    public static final String FALLBACK_PERSONAL_API_KEY = "phx_aaHbBTgGHUxdHaoRDR3nqu6u9M4FsVjXmDRaPJyo46rThs3K";

    public static final String ANNOTATIONS_PATH = "/api/projects/%s/annotations/";

    public static final String AUTO_ANNOTATE_FLAG = "release-bot-posthog-annotations";

    public static final String BOT_DISTINCT_ID = "github-release-bot";

    private Defaults() {
    }
}
