package com.larchmont.errortracker.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public class ErrorTrackerFlagsConfiguration extends Configuration {

    @Valid
    @NotNull
    private PostHogSettings posthog = new PostHogSettings();

    @Valid
    @NotNull
    private TrackerSettings trackers = new TrackerSettings();

    @JsonProperty("posthog")
    public PostHogSettings getPostHog() {
        return posthog;
    }

    @JsonProperty("posthog")
    public void setPostHog(PostHogSettings posthog) {
        this.posthog = posthog;
    }

    @JsonProperty("trackers")
    public TrackerSettings getTrackers() {
        return trackers;
    }

    @JsonProperty("trackers")
    public void setTrackers(TrackerSettings trackers) {
        this.trackers = trackers;
    }
}
