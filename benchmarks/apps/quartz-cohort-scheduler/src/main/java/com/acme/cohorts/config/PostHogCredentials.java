package com.acme.cohorts.config;

/**
 * The three PostHog credentials the service works with.
 *
 * @param projectApiKey   public project key (phc_), used for event capture
 * @param personalApiKey  personal API key (phx_), used for the REST API and local evaluation
 * @param secureFlagsKey  feature-flags secure API key (phs_)
 */
public record PostHogCredentials(String projectApiKey, String personalApiKey, String secureFlagsKey) {
}
