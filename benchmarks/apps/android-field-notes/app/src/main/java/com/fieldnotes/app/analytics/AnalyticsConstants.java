package com.fieldnotes.app.analytics;

public final class AnalyticsConstants {

    public static final String EVENT_LOGIN = "user_logged_in";
    public static final String EVENT_NOTE_CREATED = "note_created";
    public static final String EVENT_SYNC_REQUESTED = "sync_requested";

    /** PostHog app host + insight that backs the "team activity" line on the account screen. */
    public static final String INSIGHTS_HOST = "https://eu.posthog.com";
    public static final long TEAM_ACTIVITY_INSIGHT_ID = 482113L;
    public static final String INSIGHTS_KEY_TAIL = "gU0niJcXmK1Lfen7GIXdrJ3E9zz5FvDhM1lpVNgCAd9";

    public static final String HEADER_AUTHORIZATION = "Authorization";
    public static final String CSRF_HEADER_NAME = "X-CSRF-Token";

    private AnalyticsConstants() {
    }
}
