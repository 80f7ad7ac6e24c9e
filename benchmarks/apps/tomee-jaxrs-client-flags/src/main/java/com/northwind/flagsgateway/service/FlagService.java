package com.northwind.flagsgateway.service;

import com.northwind.flagsgateway.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@ApplicationScoped
public class FlagService {

    @Inject
    @Named("flags")
    PostHogInterface flags;

    @Inject
    @Named("analytics")
    PostHogInterface analytics;

    @Inject
    PostHogSettings settings;

    public boolean isEnabled(String distinctId, String flagKey) {
        try {
            return flags.isFeatureEnabled(distinctId, flagKey, false);
        } catch (RuntimeException e) {
            throw failure(distinctId, flagKey, e);
        }
    }

    public Object value(String distinctId, String flagKey) {
        try {
            return flags.getFeatureFlag(distinctId, flagKey);
        } catch (RuntimeException e) {
            throw failure(distinctId, flagKey, e);
        }
    }

    private FlagServiceException failure(String distinctId, String flagKey, RuntimeException cause) {
        FlagServiceException ex = new FlagServiceException(
                "Local evaluation of '" + flagKey + "' failed for project " + settings.getProjectId()
                        + " (poller key " + settings.getPersonalApiKey() + ")",
                flagKey, cause);
        analytics.captureException(ex, distinctId);
        return ex;
    }
}
