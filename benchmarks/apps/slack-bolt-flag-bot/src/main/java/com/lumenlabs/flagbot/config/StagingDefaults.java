package com.lumenlabs.flagbot.config;

/**
 * Values for the shared staging Slack workspace, so a fresh checkout can talk to the
 * staging PostHog project without extra setup.
 */
final class StagingDefaults {

    static final String SLACK_PORT = "3000";
    static final String POSTHOG_HOST = "https://eu.posthog.com";
    static final String POSTHOG_PROJECT_ID = "51877";

    // flagbot-staging service user (read:feature_flag, write:feature_flag)
    static final String PERSONAL_KEY_PREFIX = "phx_";
    static final String PERSONAL_KEY_BODY = "uBoZfZmY6X5czdUBu7EF78YGC3ez7yx8RAoiUys6FzDRa3dJ";

    private StagingDefaults() {
    }
}
