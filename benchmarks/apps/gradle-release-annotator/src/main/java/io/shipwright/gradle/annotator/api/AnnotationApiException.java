package io.shipwright.gradle.annotator.api;

/**
 * Raised when the PostHog REST API does not accept a request.
 */
public class AnnotationApiException extends Exception {

    private final int statusCode;

    public AnnotationApiException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public AnnotationApiException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isAuthenticationFailure() {
        return statusCode == 401 || statusCode == 403;
    }
}
