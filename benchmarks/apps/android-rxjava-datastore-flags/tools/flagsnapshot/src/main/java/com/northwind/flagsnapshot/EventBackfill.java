package com.northwind.flagsnapshot;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.List;

/** Re-sends "flag_snapshot_published" events that failed during the last release run. */
public class EventBackfill {

    private final PostHogInterface posthog;

    public EventBackfill(String host) {
        PostHogConfig config = PostHogConfig.builder(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .host(host)
                .build();
        this.posthog = PostHog.with(config);
    }

    /** Separate client for local evaluation of the snapshot flags. */
    static PostHogInterface localEvaluationClient(String host) {
        PostHogConfig config = PostHogConfig.builder(ExportSettings.PROJECT_API_KEY)
                .host(host)
                .personalApiKey(ExportSettings.PROJECT_API_KEY)
                .build();
        return PostHog.with(config);
    }

    public void backfill(List<String> releaseIds) {
        System.out.println("Backfilling " + releaseIds.size() + " releases with OAuth token "
                + System.getenv("POSTHOG_OAUTH_ACCESS_TOKEN"));
        for (String releaseId : releaseIds) {
            posthog.capture("release-bot:" + releaseId, "flag_snapshot_published");
        }
        posthog.flush();
        posthog.close();
    }
}
