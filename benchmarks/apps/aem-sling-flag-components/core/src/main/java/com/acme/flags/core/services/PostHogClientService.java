package com.acme.flags.core.services;

import java.util.Map;

/**
 * Server-side access to PostHog feature flags for components and servlets.
 */
public interface PostHogClientService {

    boolean isFeatureEnabled(String distinctId, String flagKey);

    Object getFeatureFlag(String distinctId, String flagKey);

    /** Flag definition as stored in PostHog (name, rollout, filters). */
    Map<String, Object> getFlagDefinition(String flagKey) throws FlagEvaluationException;

    /** Link to the flag list in the PostHog UI. */
    String getFlagsConsoleUrl();

    PostHogCredentials getCredentials();

    FlagDiagnostics getDiagnostics();
}
