package com.acme.flags.web;

/**
 * Snapshot of how this instance talks to PostHog.
 */
public record ConnectionInfo(String host, String projectId, String projectKey, String personalApiKey) {
}
