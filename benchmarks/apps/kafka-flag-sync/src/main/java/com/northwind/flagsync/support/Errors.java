package com.northwind.flagsync.support;

/** Factory methods so every upstream failure carries a consistent message and status. */
public final class Errors {

    private Errors() {
    }

    public static UpstreamException upstream(String credential, int status) {
        return new UpstreamException("PostHog refused credential " + credential + " (HTTP " + status + ")", status);
    }

    public static UpstreamException rateLimited(String operation) {
        return new UpstreamException("PostHog rate limit reached for " + operation, 429);
    }

    public static UpstreamException unavailable(String operation, int status) {
        return new UpstreamException("PostHog unavailable during " + operation + " (HTTP " + status + ")", status);
    }

    public static class UpstreamException extends RuntimeException {

        private final int status;

        public UpstreamException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }

        public boolean isRetryable() {
            return status == 429 || status >= 500;
        }
    }
}
