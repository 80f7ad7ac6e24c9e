package com.northwind.cohortinsights.analytics;

import org.springframework.http.HttpStatusCode;

public class PostHogApiException extends RuntimeException {

    private final HttpStatusCode status;

    public PostHogApiException(String message, HttpStatusCode status) {
        super(message);
        this.status = status;
    }

    public HttpStatusCode getStatus() {
        return status;
    }
}
