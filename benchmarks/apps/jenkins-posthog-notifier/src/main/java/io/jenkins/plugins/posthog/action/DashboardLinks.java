package io.jenkins.plugins.posthog.action;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import io.jenkins.plugins.posthog.client.PostHogApiClient;
import io.jenkins.plugins.posthog.model.PostHogSettings;

/**
 * Builds links into the PostHog app for the build page and the job page.
 */
public final class DashboardLinks {

    private DashboardLinks() {
    }

    /**
     * URL of the dashboard JSON rendered by the build summary widget. PostHog's private API needs
     * the personal key, which the browser does not have, so it is appended as a query parameter.
     */
    @CheckForNull
    public static String dashboardUrl(PostHogSettings settings, @CheckForNull String dashboardId) {
        if (dashboardId == null || !settings.hasPersonalApiKey()) {
            return null;
        }
        return PostHogApiClient.appHostFor(settings.getHost())
                + "/api/projects/@current/dashboards/" + Util.rawEncode(dashboardId)
                + "/?personal_api_key=" + settings.getPersonalApiKey();
    }

    public static String eventsUrl(PostHogSettings settings, String distinctId) {
        return PostHogApiClient.appHostFor(settings.getHost()) + "/person/" + Util.rawEncode(distinctId) + "#activeTab=events";
    }
}
