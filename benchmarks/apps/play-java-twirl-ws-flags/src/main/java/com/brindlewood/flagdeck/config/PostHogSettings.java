package com.brindlewood.flagdeck.config;

import com.typesafe.config.Config;

/**
 * Typed view of the {@code posthog { ... }} block in application.conf.
 * Bound as a singleton by {@link com.brindlewood.flagdeck.modules.AnalyticsModule}.
 */
public record PostHogSettings(
        String host,
        String projectApiKey,
        String personalApiKey,
        String secureApiKey,
        String projectId,
        boolean debug,
        int pollIntervalSeconds,
        String oauthClientId,
        String oauthClientSecret,
        String oauthRedirectPath) {

    public static PostHogSettings fromConfig(Config root) {
        Config c = root.getConfig("posthog");
        String secure = c.hasPath(PostHogDefaults.SECURE_KEY_PATH)
                ? c.getString(PostHogDefaults.SECURE_KEY_PATH)
                : PostHogDefaults.LOCAL_EVAL_FALLBACK;
        return new PostHogSettings(
                c.hasPath("host") ? c.getString("host") : PostHogDefaults.DEFAULT_HOST,
                c.getString(PostHogDefaults.PROJECT_KEY_PATH),
                c.hasPath(PostHogDefaults.PERSONAL_KEY_PATH) ? c.getString(PostHogDefaults.PERSONAL_KEY_PATH) : null,
                secure,
                c.getString("project-id"),
                c.getBoolean("debug"),
                c.getInt("poll-interval-seconds"),
                c.getString("oauth.client-id"),
                c.getString("oauth.client-secret"),
                c.getString("oauth.redirect-path"));
    }

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Private API lives on us.posthog.com, ingestion on us.i.posthog.com. */
    public String apiBase() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }
}
