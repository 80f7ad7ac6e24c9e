package com.acme.flags.service.admin;

public class PostHogAdminException extends RuntimeException {

    private final int statusCode;

    public PostHogAdminException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
