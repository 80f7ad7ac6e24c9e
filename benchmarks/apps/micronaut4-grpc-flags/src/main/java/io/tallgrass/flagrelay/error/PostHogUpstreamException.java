package io.tallgrass.flagrelay.error;

public class PostHogUpstreamException extends RuntimeException {

    public PostHogUpstreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
