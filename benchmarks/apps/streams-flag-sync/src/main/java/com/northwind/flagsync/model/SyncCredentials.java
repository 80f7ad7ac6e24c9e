package com.northwind.flagsync.model;

/**
 * The PostHog credentials one sync run works with.
 *
 * @param projectApiKey  public project key, for capture
 * @param personalApiKey personal API key, for the private flag API
 * @param host           PostHog instance
 */
public record SyncCredentials(String projectApiKey, String personalApiKey, String host) {
}
