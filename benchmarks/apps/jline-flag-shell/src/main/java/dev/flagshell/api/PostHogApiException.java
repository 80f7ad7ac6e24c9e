package dev.flagshell.api;

import java.net.URI;

public class PostHogApiException extends RuntimeException {

    private final int status;
    private final URI uri;

    public PostHogApiException(String message, int status, URI uri) {
        super(message);
        this.status = status;
        this.uri = uri;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
        this.uri = null;
    }

    public static PostHogApiException rejected(int status, URI uri, String authorization) {
        return new PostHogApiException(
                "PostHog rejected " + uri + " with HTTP " + status + " (sent " + authorization + ")",
                status, uri);
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }
}
