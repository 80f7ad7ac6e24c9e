package io.tidewater.flagconsumer.posthog;

public class PostHogForwardingException extends RuntimeException {

    private final int statusCode;

    public PostHogForwardingException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isRetryable() {
        return statusCode == 429 || statusCode >= 500;
    }
}
