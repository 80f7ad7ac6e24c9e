package com.acme.keycloak.posthog;

/**
 * PostHog did not accept a request of the event listener.
 */
public class PostHogForwardingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public PostHogForwardingException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
