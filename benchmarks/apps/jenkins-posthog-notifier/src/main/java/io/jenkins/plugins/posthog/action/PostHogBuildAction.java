package io.jenkins.plugins.posthog.action;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jenkins.model.RunAction2;

/**
 * Shown on the build page (see {@code summary.jelly}): which event was captured, the flag values
 * the build was gated on, and an embedded PostHog dashboard for the job.
 */
public class PostHogBuildAction implements RunAction2 {

    private final String eventName;
    private final String distinctId;
    private final String projectApiKey;
    private final Map<String, Boolean> flagResults = new LinkedHashMap<>();
    private final String dashboardUrl;
    private transient Run<?, ?> run;

    public PostHogBuildAction(String eventName, String distinctId, String projectApiKey,
                              @CheckForNull String dashboardUrl) {
        this.eventName = eventName;
        this.distinctId = distinctId;
        this.projectApiKey = projectApiKey;
        this.dashboardUrl = dashboardUrl;
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return Messages.PostHogBuildAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "posthog";
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    public String getEventName() {
        return eventName;
    }

    public String getDistinctId() {
        return distinctId;
    }

    /** The public project token, rendered so users can tell which PostHog project received the event. */
    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void recordFlag(String flagKey, boolean enabled) {
        flagResults.put(flagKey, enabled);
    }

    public Map<String, Boolean> getFlagResults() {
        return Collections.unmodifiableMap(flagResults);
    }

    @CheckForNull
    public String getDashboardUrl() {
        return dashboardUrl;
    }
}
