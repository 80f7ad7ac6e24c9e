package com.acme.posthog.admin.error;

/**
 * 401/403 from PostHog: the key is unknown, revoked, or lacks the scope for the endpoint.
 */
public class PostHogAuthException extends PostHogApiException {

    private final String requiredScope;

    public PostHogAuthException(String message, int statusCode, String requestPath, String requiredScope) {
        super(message, statusCode, requestPath);
        this.requiredScope = requiredScope;
    }

    public String requiredScope() {
        return requiredScope;
    }
}
