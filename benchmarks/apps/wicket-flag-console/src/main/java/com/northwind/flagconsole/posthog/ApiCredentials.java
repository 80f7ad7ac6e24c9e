package com.northwind.flagconsole.posthog;

/** What {@link PostHogApiClient} needs to talk to the PostHog REST API. */
public record ApiCredentials(String host, String projectApiKey, String personalApiKey) {

    public boolean complete() {
        return host != null && personalApiKey != null;
    }
}
