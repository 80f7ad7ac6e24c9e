package dev.shipyard.releasebot.model;

/** Outcome of a release run, reported to PostHog and to the status endpoint. */
public record ReleaseResult(String repository, String tag, String htmlUrl, int commitCount, long annotationId) {
}
