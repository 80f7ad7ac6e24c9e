package io.northwind.flagportal.posthog;

import java.util.Map;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flagportal.config.PortalSettings;

/** Captures audit events ("flag toggled", "export requested") into the portal's own project. */
public class EventTracker {

    private final PostHogInterface posthog;

    public EventTracker(PortalSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        this.posthog = PostHog.with(config);
    }

    public void flagToggled(String username, String flagKey, boolean active) {
        posthog.capture(username, "flag toggled", Map.of("flag", flagKey, "active", active));
    }

    public void exportRequested(String username, long projectId) {
        posthog.capture(username, "export requested", Map.of("project_id", projectId));
    }
}
