package com.partnerco.admin.http;

import java.io.IOException;

/**
 * Raised when the PostHog private API answers with a non-success status.
 */
public class PostHogApiException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
