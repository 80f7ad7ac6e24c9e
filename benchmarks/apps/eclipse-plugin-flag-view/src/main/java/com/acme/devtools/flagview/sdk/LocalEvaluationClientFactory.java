package com.acme.devtools.flagview.sdk;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.acme.devtools.flagview.api.ApiConnection;
import com.acme.devtools.flagview.internal.BundledDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Builds posthog-server clients for local flag evaluation, so the view can show the value a
 * flag has for the current developer without a round trip per flag.
 */
public final class LocalEvaluationClientFactory {

    private static final int POLL_INTERVAL_SECONDS = 60;

    private LocalEvaluationClientFactory() {
    }

    /** Client for the project the user configured on the preference page. */
    public static PostHogInterface forConnection(ApiConnection connection) {
        PostHogConfig config = PostHogConfig.builder(connection.projectApiKey())
                .host(connection.ingestHost().toString())
                .personalApiKey(connection.personalApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(POLL_INTERVAL_SECONDS)
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client used by "Diagnose flag evaluation..." in the view menu. Debug output goes to the
     * console the workbench was started from, which is what support asks for.
     */
    public static PostHogInterface forDiagnostics(ApiConnection connection) {
        FlagViewPlugin.log().info("Starting diagnostic PostHog client for project " + connection.projectId());
        PostHogConfig config = PostHogConfig.builder(connection.projectApiKey())
                .host(connection.ingestHost().toString())
                .personalApiKey(connection.personalApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(POLL_INTERVAL_SECONDS)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Client for the shared platform project, used before the user configured anything. */
    public static PostHogInterface forPlatformProject() {
        PostHogConfig config = PostHogConfig.builder(BundledDefaults.PLATFORM_SECURE_KEY)
                .host(BundledDefaults.INGEST_HOST.toString())
                .personalApiKey(BundledDefaults.PROJECT_API_KEY)
                .localEvaluation(true)
                .pollIntervalSeconds(POLL_INTERVAL_SECONDS)
                .build();
        return PostHog.with(config);
    }

    /** Usage telemetry of the plug-in itself (which views are opened, refresh counts). */
    public static PostHogInterface forTelemetry() {
        PostHogConfig config = PostHogConfig.builder(BundledDefaults.PROJECT_API_KEY)
                .host(BundledDefaults.INGEST_HOST.toString())
                .build();
        return PostHog.with(config);
    }
}
