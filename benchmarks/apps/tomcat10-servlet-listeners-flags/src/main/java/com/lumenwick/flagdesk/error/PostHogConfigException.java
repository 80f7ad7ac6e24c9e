package com.lumenwick.flagdesk.error;

/** Raised when PostHog rejects the configured credentials or host. */
public class PostHogConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    public PostHogConfigException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public PostHogConfigException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = -1;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
