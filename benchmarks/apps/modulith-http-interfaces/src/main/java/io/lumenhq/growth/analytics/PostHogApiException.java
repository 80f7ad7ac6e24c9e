package io.lumenhq.growth.analytics;

import org.springframework.http.HttpStatusCode;

public class PostHogApiException extends RuntimeException {

    private final HttpStatusCode upstreamStatus;

    public PostHogApiException(HttpStatusCode upstreamStatus, String message) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public PostHogApiException(HttpStatusCode upstreamStatus, String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    public HttpStatusCode getUpstreamStatus() {
        return upstreamStatus;
    }
}
