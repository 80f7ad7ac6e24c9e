package com.northwind.flags.analytics;

/**
 * Raised when PostHog's private API does not answer as expected.
 */
public class PostHogUpstreamException extends RuntimeException {

    private final int status;

    public PostHogUpstreamException(int status, String url, String credential) {
        super("PostHog API " + url + " answered HTTP " + status + " (credential " + credential + ")");
        this.status = status;
    }

    public PostHogUpstreamException(String url, Throwable cause) {
        super("PostHog API " + url + " unreachable", cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }
}
