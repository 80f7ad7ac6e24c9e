package com.acme.flagadmin.posthog;

import org.springframework.http.HttpStatusCode;

public class PostHogApiException extends RuntimeException {

    private final HttpStatusCode statusCode;
    private final String projectSlug;

    public PostHogApiException(String message, HttpStatusCode statusCode, String projectSlug) {
        super(message);
        this.statusCode = statusCode;
        this.projectSlug = projectSlug;
    }

    public HttpStatusCode getStatusCode() {
        return statusCode;
    }

    public String getProjectSlug() {
        return projectSlug;
    }
}
