package com.northwind.qa.flags.posthog;

import com.northwind.qa.flags.config.EnvironmentConfig;

/**
 * The pair of keys a server-side PostHog client needs for local evaluation.
 */
public record PostHogCredentials(String host, String projectApiKey, String personalApiKey) {

    public static PostHogCredentials from(EnvironmentConfig env) {
        return new PostHogCredentials(env.postHogHost(), env.projectApiKey(), env.personalApiKey());
    }

    public boolean canEvaluateLocally() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
