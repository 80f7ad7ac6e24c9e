package net.quillstone.exporter.http;

import java.io.IOException;

public final class PostHogApiException extends IOException {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
