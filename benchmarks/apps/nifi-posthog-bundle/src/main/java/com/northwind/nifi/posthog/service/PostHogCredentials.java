package com.northwind.nifi.posthog.service;

/**
 * The keys the controller service was enabled with.
 *
 * @param projectApiKey  public project key ({@code phc_}) used for capture
 * @param personalApiKey personal API key used for local flag evaluation and the admin API
 * @param flagsSecretKey project secret key (feature-flags secure API key)
 * @param host           ingestion host
 */
public record PostHogCredentials(String projectApiKey, String personalApiKey, String flagsSecretKey, String host) {
}
