package com.tallyfield.flagapi.config;

/**
 * Fallback values for the shared "flags-staging" PostHog project, so that preview
 * environments spun up from pull requests boot without the full secret set.
 */
final class StagingDefaults {

    static final String PROJECT_API_KEY = "phc_eWaDtEe5qH5sMwY3XMiVVUE2DxPgsmGrRtnes67ZLTZw";

    static final String FLAGS_SECURE_KEY = PostHogKeys.SECURE_KEY_PREFIX + "iVD3ZMSmj8c65eSsq9xLjr5MS2JQFSLiJZwpL2yBPSVsd23G";

    static final String HOST = "https://eu.i.posthog.com";

    static final String PROJECT_ID = "48213";

    static final int POLL_INTERVAL_SECONDS = 60;

    private StagingDefaults() {
    }
}
