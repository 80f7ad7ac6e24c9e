package dev.flagscope.intellij.api;

import java.io.IOException;

public class PostHogApiException extends IOException {

    private final int statusCode;

    public PostHogApiException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isUnauthorized() {
        return statusCode == 401 || statusCode == 403;
    }
}
